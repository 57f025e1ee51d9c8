package dev.gouji.read;

import java.util.Locale;
import org.apache.poi.util.RecordFormatException;

/**
 * One error code and one message per cause of a failed read, whatever library threw: the same damaged Word
 * file gets the same record whether POI, the zip reader or the format detector noticed first. Messages say
 * what is wrong with the file and what to do about it; the library's own words stay in the exception's cause.
 */
public final class ReadFailures {
    private ReadFailures() {
    }

    /** The file is truncated, damaged or another kind of file under this kind's name. */
    public static ReadException corrupt(FileKind kind, Throwable cause) {
        return new ReadException(ErrorCode.CORRUPT, "the " + kind.noun() + " is damaged: it is truncated, or not a real "
                + kind.real() + " (another kind of file renamed); get a fresh copy from the department, or "
                + kind.resave(), cause);
    }

    /** A zip package whose parts inflate far beyond its size: a zip bomb, or a part too large to read. */
    public static ReadException inflatesTooFar(FileKind kind, Throwable cause) {
        return new ReadException(ErrorCode.TOO_LARGE, "the " + kind.noun() + " expands far beyond its own size or holds "
                + "a part too large to read (a zip bomb or a hugely padded file); ask the department for a normally "
                + "saved copy", cause);
    }

    /** Reading the file needed more memory than one file is given. */
    public static ReadException outOfMemory(FileKind kind, Throwable cause) {
        return new ReadException(ErrorCode.TOO_LARGE, "the " + kind.noun() + " needs more memory than one file is given "
                + "(gouji.ingest.worker_heap); ask the department for a smaller copy, or raise the limit if the file "
                + "is trusted", cause);
    }

    /** More text than any report holds. */
    public static ReadException tooMuchText(FileKind kind, long limit) {
        return new ReadException(ErrorCode.TOO_LARGE, "the " + kind.noun() + " holds more than " + limit
                + " characters of text, more than a report holds (gouji.read.max_text_chars)");
    }

    /** A password-protected file, whichever reader or library noticed: the one place its message is written. */
    public static ReadException encrypted(FileKind kind, Throwable cause) {
        return new ReadException(ErrorCode.ENCRYPTED, "the " + kind.noun()
                + " is password-protected; ask the department for an unprotected copy", cause);
    }

    /** Whatever a library threw while reading a file of this kind, by cause. */
    public static ReadException classify(FileKind kind, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ReadException r) {
                return r;
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException
                    || t instanceof org.apache.tika.exception.EncryptedDocumentException) {
                return encrypted(kind, thrown);
            }
            if (t instanceof OutOfMemoryError) {
                return outOfMemory(kind, thrown);
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return inflatesTooFar(kind, thrown);
            }
            // POI reads a zip part into one array and refuses beyond its record limit: the part is too large. In
            // an Office 97 file the same refusal means a record length that the file cannot hold: damage.
            if (kind.zipped() && t instanceof RecordFormatException && m.contains("tried to allocate an array")) {
                return inflatesTooFar(kind, thrown);
            }
        }
        return corrupt(kind, thrown);
    }
}
