package dev.kiosque.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite errors into one-line messages that say what happened to which file and what to do. */
final class Errors {

    // Primary SQLite result codes (sqlite3.h).
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private Errors() {}

    static boolean isBusy(SQLException e) {
        int code = Database.primaryCode(e);
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }

    /** A StoreException for {@code e}, raised while doing {@code what} on {@code file}. */
    static StoreException translate(Path file, String what, SQLException e) {
        String reason = reason(e);
        String message = switch (Database.primaryCode(e)) {
            case SQLITE_CORRUPT, SQLITE_NOTADB -> file + " is damaged or is not a kiosque database (" + reason
                    + "); move it aside (mv " + file + " " + file + ".broken) and run kiosque again";
            case SQLITE_READONLY -> "cannot write to " + file + " (" + reason
                    + "); check the permissions of " + file.getParent() + " or use another --data-dir";
            case SQLITE_CANTOPEN -> "cannot open " + file + " (" + reason
                    + "); check that " + file.getParent() + " is writable or use another --data-dir";
            case SQLITE_FULL -> "the disk holding " + file + " is full; free some space and try again";
            case SQLITE_IOERR -> "input/output error on " + file + " while " + what + " (" + reason + ")";
            case SQLITE_BUSY, SQLITE_LOCKED -> file + " stayed locked by another kiosque for more than "
                    + Database.BUSY_TIMEOUT_MS / 1000 + "s while " + what + "; try again";
            default -> "store error while " + what + " in " + file + ": " + reason;
        };
        return new StoreException(message, e);
    }

    /** The driver's message without its "[SQLITE_X]" prefix, on one line. */
    static String reason(SQLException e) {
        String m = e.getMessage() == null ? "unknown error" : e.getMessage();
        m = m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        return oneLine(m);
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof FileAlreadyExistsException f) return "not a directory: " + f.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return oneLine(f.getReason() + ": " + f.getFile());
        }
        String m = e.getMessage();
        return oneLine(e.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
