package dev.kiosque.net;

import java.time.Duration;
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

    /** Tries after a failure to connect or a timeout, beyond the first: a flaky link often recovers. */
    static final int RETRIES = 2;
    /** The wait before the first retry; it doubles before the next. */
    static final Duration FIRST_RETRY_WAIT = Duration.ofMillis(500);

    private final HttpFetch http;
    private final ScheduledExecutorService timer;
    private final Duration firstRetryWait;
    private volatile boolean closed;

    /** Builds the shared HTTP client from {@code settings}; nothing touches the network yet. */
    public Fetcher(FetchSettings settings) {
        this(settings, FIRST_RETRY_WAIT);
    }

    /** As {@link #Fetcher(FetchSettings)}, waiting {@code firstRetryWait} before the first retry (tests). */
    Fetcher(FetchSettings settings, Duration firstRetryWait) {
        this.timer = newTimer();
        this.http = new HttpFetch(settings, timer);
        this.firstRetryWait = firstRetryWait;
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
                case HTTP -> withRetries(url, request);
                case FILE -> FileFetch.fetch(url, request.maxBytes());
                case UNSUPPORTED -> new FetchResult.Failed(url, 0, "not an http(s) URL", 0);
            };
        } catch (RuntimeException e) {
            // A bug or an odd JDK corner must cost one feed, never the whole refresh.
            return new FetchResult.Failed(url, 0, Failures.describe(e, null), 0);
        }
    }

    /**
     * Fetches over HTTP, trying again (at most {@link #RETRIES} times, waiting longer each time)
     * when the host could not be reached or did not answer in time. HTTP errors are answers and
     * are not retried. The wire bytes of every attempt are counted.
     */
    private FetchResult withRetries(String url, FetchRequest request) {
        FetchResult result = http.fetch(url, request);
        long wire = result.wireBytes();
        Duration wait = firstRetryWait;
        for (int retry = 0; retry < RETRIES && retryable(result) && !Thread.currentThread().isInterrupted(); retry++) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            wait = wait.multipliedBy(2);
            result = http.fetch(url, request);
            wire += result.wireBytes();
        }
        if (result instanceof FetchResult.Failed f && f.wireBytes() != wire) return f.withWireBytes(wire);
        return result;
    }

    private boolean retryable(FetchResult result) {
        return !closed && result instanceof FetchResult.Failed f
                && (f.kind() == FetchResult.Failed.Kind.CONNECT || f.kind() == FetchResult.Failed.Kind.TIMEOUT);
    }

    /**
     * Stops the deadline timer and the HTTP clients' threads (so the JVM can exit at once); later
     * fetches fail with "fetcher is closed".
     */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        http.close();
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
