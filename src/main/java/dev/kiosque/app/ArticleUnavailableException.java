package dev.kiosque.app;

/** An article cannot be shown: never fetched while offline, unknown id, or the fetch failed. */
public final class ArticleUnavailableException extends Exception {
    public ArticleUnavailableException(String message) {
        super(message);
    }
}
