package dev.kiosque.net;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Fetches http(s) URLs with {@code java.net.http} (redirects, timeouts, size caps, gzip/deflate,
 * conditional GET, per-host limits, proxies) and {@code file:} URLs and plain paths from disk.
 * Thread-safe: one Fetcher serves a whole refresh, called from many threads at once; they share
 * one HTTP client, so connections to a host are kept alive and reused.
 */
public final class Fetcher implements AutoCloseable {

    private final HttpFetch http;
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    /** Builds the shared HTTP client from {@code settings}; nothing touches the network yet. */
    public Fetcher(FetchSettings settings) {
        this.timer = newTimer();
        this.http = new HttpFetch(settings, timer);
    }

    /**
     * Fetches one URL or file. Never throws for network trouble: that is a {@link FetchResult.Failed}
     * with a one-line reason. An interrupted thread gets {@code Failed("cancelled")} and keeps its
     * interrupt flag.
     */
    public FetchResult fetch(FetchRequest request) {
        String url = request.url() == null ? "" : request.url().trim();
        if (closed) return new FetchResult.Failed(url, 0, "fetcher is closed", 0);
        if (Thread.currentThread().isInterrupted()) return new FetchResult.Failed(url, 0, Failures.CANCELLED, 0);
        try {
            return switch (Source.kindOf(url)) {
                case HTTP -> http.fetch(url, request);
                case FILE -> FileFetch.fetch(url, request.maxBytes());
                case UNSUPPORTED -> new FetchResult.Failed(url, 0, "not an http(s) URL", 0);
            };
        } catch (RuntimeException e) {
            // A bug or an odd JDK corner must cost one feed, never the whole refresh.
            return new FetchResult.Failed(url, 0, Failures.describe(e, null), 0);
        }
    }

    /** Stops the deadline timer; later fetches fail with "fetcher is closed". */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
    }

    private static ScheduledExecutorService newTimer() {
        ScheduledThreadPoolExecutor executor = (ScheduledThreadPoolExecutor) Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "kiosque-fetch-deadline");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);  // most deadlines are cancelled: don't let them pile up
        return executor;
    }
}
