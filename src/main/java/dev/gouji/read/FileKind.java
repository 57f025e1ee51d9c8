package dev.gouji.read;

import java.util.Locale;

/** What a file is (or claims to be by its name), in the words a failure message uses. */
public enum FileKind {
    DOCX("docx", "Word document (.docx)", "Word file", "open it in Word and save it again"),
    DOC("doc", "Word 97 document (.doc)", "Word file", "open it in Word and save it again"),
    XLSX("xlsx", "Excel workbook (.xlsx)", "Excel file", "open it in Excel and save it again"),
    XLS("xls", "Excel 97 workbook (.xls)", "Excel file", "open it in Excel and save it again"),
    PDF("pdf", "PDF", "PDF", "export it to PDF again"),
    HTML("html", "web page", "HTML page", "save the page again from a browser"),
    TXT("txt", "text file", "text file", "save it again as UTF-8 text"),
    /** A zip package whose name does not say which Office kind it claims to be. */
    OFFICE_PACKAGE("", "Office file (.docx/.xlsx)", "Office file", "open it in Word or Excel and save it again"),
    /** An OLE2 file whose name does not say which Office 97 kind it claims to be. */
    OFFICE_97("", "Office 97 file (.doc/.xls)", "Office file", "open it in Word or Excel and save it again");

    private final String format;
    private final String noun;
    private final String real;
    private final String resave;

    FileKind(String format, String noun, String real, String resave) {
        this.format = format;
        this.noun = noun;
        this.real = real;
        this.resave = resave;
    }

    /** "Word document (.docx)": the kind as a message names it. */
    public String noun() {
        return noun;
    }

    /** "Word file": what a fake is not ("not a real Word file"). */
    public String real() {
        return real;
    }

    /** How the department can produce a sound copy. */
    public String resave() {
        return resave;
    }

    /** The kind a reader's format is; an unknown format is {@code fallback}. */
    public static FileKind ofFormat(String format, FileKind fallback) {
        for (FileKind k : values()) {
            if (!k.format.isEmpty() && k.format.equals(format)) {
                return k;
            }
        }
        return fallback;
    }

    /** The kind a file's extension claims (htm counts as html), or null when the name says nothing gouji reads. */
    public static FileKind claimedBy(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return ext.equals("htm") ? HTML : ofFormat(ext, null);
    }

    /** Whether files of this kind are zip packages, whose parts can inflate far beyond the file. */
    boolean zipped() {
        return this == DOCX || this == XLSX || this == OFFICE_PACKAGE;
    }

    /** Whether this kind has a binary signature, so that content without it is a damaged or fake file. */
    boolean binary() {
        return this != HTML && this != TXT;
    }
}
