package dev.gouji.report;

/**
 * Text from a report made safe for a spreadsheet cell (dataset.xlsx, findings.csv). A cell whose text begins
 * with {@code = + - @}, a tab or a carriage return is read as a formula when the auditor opens the file in
 * Excel or LibreOffice (CSV / formula injection, OWASP): such text gets a single quote in front, which both
 * show as text. Numbers never pass through here: they are written as numeric cells and plain decimals.
 */
final class CellText {
    private CellText() {
    }

    /** {@code text} with {@code '} in front if it would be read as a formula; otherwise (and null) as it is. */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
