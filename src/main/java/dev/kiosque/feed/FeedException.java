package dev.kiosque.feed;

/** The bytes are not a feed kiosque can read (one plain-line message). */
public final class FeedException extends Exception {
    /** An error whose {@code message} is one line that says what is wrong, e.g. "not a feed: looks like an HTML page". */
    public FeedException(String message) {
        super(message);
    }
}
