package dev.kiosque.store;

/** The store cannot be opened or used: the message says what and where, in one line. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
