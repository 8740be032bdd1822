package dev.kiosque.feed;

/** The bytes are not a feed kiosque can read (one plain-line message). */
public final class FeedException extends Exception {
    public FeedException(String message) {
        super(message);
    }
}
