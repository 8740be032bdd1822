package dev.kiosque.app;

import dev.kiosque.model.Traffic;
import dev.kiosque.store.Store;
import java.time.Clock;

/**
 * Logs each request of one refresh in the store's byte ledger and keeps the run's own totals,
 * so the refresh can end with its figures even while another process logs too. Thread-safe.
 */
final class RunLedger {

    private static final int NOT_MODIFIED = 304;

    private final Store store;
    private final Clock clock;
    private Traffic feeds = Traffic.NONE;
    private Traffic articles = Traffic.NONE;

    RunLedger(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Counts a request for a source that the caller logged in the store itself (with the rest of
     * the source's refresh, in one transaction); {@code saved} is what the store said a 304 saved.
     * Returns its traffic.
     */
    Traffic feedLogged(int status, long wire, long decoded, long saved) {
        Traffic t = Traffic.of(status == NOT_MODIFIED, wire, decoded, saved);
        synchronized (this) {
            feeds = feeds.plus(t);
        }
        return t;
    }

    /** Logs a request for an article page; returns its traffic. */
    Traffic article(String feedUrl, String url, int status, long wire, long decoded, String error) {
        long saved = store.recordArticleFetch(feedUrl, url, status, wire, decoded, error, clock.instant());
        Traffic t = Traffic.of(status == NOT_MODIFIED, wire, decoded, saved);
        synchronized (this) {
            articles = articles.plus(t);
        }
        return t;
    }

    synchronized Traffic feeds() {
        return feeds;
    }

    synchronized Traffic articles() {
        return articles;
    }
}
