package dev.kiosque.net;

/**
 * Fetches http(s) URLs with {@code java.net.http} (redirects, timeouts, size caps, gzip/deflate,
 * conditional GET, per-host limits, proxies) and {@code file:} URLs and plain paths from disk.
 * Thread-safe: one Fetcher serves a whole refresh.
 */
public final class Fetcher implements AutoCloseable {

    public Fetcher(FetchSettings settings) {
    }

    /** Never throws for network trouble: that is a {@link FetchResult.Failed}. */
    public FetchResult fetch(FetchRequest request) {
        throw new UnsupportedOperationException("TODO net helper");
    }

    @Override
    public void close() {
    }
}
