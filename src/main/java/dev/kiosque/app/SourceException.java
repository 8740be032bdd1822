package dev.kiosque.app;

/** A source (URL, file, stdin) could not be read or is not what was asked for; one plain line. */
public final class SourceException extends Exception {
    public SourceException(String message) {
        super(message);
    }
}
