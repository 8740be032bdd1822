package dev.kiosque.store;

import dev.kiosque.model.ReportedException;

/** The store cannot be opened or used: the message says what and where, in one line. */
public final class StoreException extends ReportedException {
    /** A failure with no underlying cause; {@code message} is the one line shown to the user. */
    public StoreException(String message) {
        super(message);
    }

    /** A failure caused by {@code cause} (kept for {@code -v}); {@code message} is the line shown. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
