package dev.kiosque.net;

import java.time.Duration;

/**
 * What a fetch gave. Every variant records the bytes received on the wire (status line, headers
 * and body as transferred, i.e. compressed, over every redirect hop), for the byte ledger.
 */
public sealed interface FetchResult {

    /**
     * The URL the result is about: the final URL after redirects for {@link Ok}, the URL of the hop
     * that failed for {@link Failed}, the source as given for files.
     */
    String url();

    /** Bytes received on the wire; 0 for files read from disk. */
    long wireBytes();

    /**
     * A body. {@code url} is the final URL after redirects; {@code charset} comes from the
     * Content-Type header (null when absent); {@code truncated} is true when the body was cut at
     * {@code maxBytes} or the connection ended early (then the validators must not be kept).
     * {@code freshFor} is how long the server says the body stays current ({@code Cache-Control:
     * max-age} or {@code Expires}; zero for {@code no-cache}), or null when it said nothing.
     */
    record Ok(String url, int status, byte[] body, String contentType, String charset, String etag,
              String lastModified, long wireBytes, long decodedBytes, boolean truncated, Duration freshFor)
            implements FetchResult {

        /** A body without a freshness hint. */
        public Ok(String url, int status, byte[] body, String contentType, String charset, String etag,
                  String lastModified, long wireBytes, long decodedBytes, boolean truncated) {
            this(url, status, body, contentType, charset, etag, lastModified, wireBytes, decodedBytes, truncated, null);
        }
    }

    /** 304: the copy we have is current, for {@code freshFor} more (null when the server did not say). */
    record NotModified(String url, long wireBytes, Duration freshFor) implements FetchResult {

        /** A 304 without a freshness hint. */
        public NotModified(String url, long wireBytes) {
            this(url, wireBytes, null);
        }
    }

    /**
     * No usable body: {@code status} is the HTTP status or 0, {@code reason} one plain line such as
     * {@code HTTP 404 Not Found} or {@code timed out after 20s}. {@code retryAfter} is how long the
     * server asked us to wait (from {@code Retry-After} on a 429 or 503), or null. {@code kind}
     * says what went wrong, for code that decides whether to try again.
     */
    record Failed(String url, int status, String reason, long wireBytes, Duration retryAfter, Kind kind)
            implements FetchResult {

        /** What went wrong, in the terms a retry or backoff policy needs. */
        public enum Kind {
            /** The host could not be reached: refused, no route, connect timeout, unknown host. */
            CONNECT,
            /** Connected, but the answer did not come in time. */
            TIMEOUT,
            /** The server answered with an error status. */
            HTTP,
            /** The caller's thread was interrupted. */
            CANCELLED,
            /** Anything else: TLS, a bad URL, an undecodable body, a file that cannot be read. */
            OTHER
        }

        public Failed {
            kind = kind == null ? Failures.kindOf(status, reason) : kind;
        }

        /** A failure whose kind follows from its status and reason. */
        public Failed(String url, int status, String reason, long wireBytes, Duration retryAfter) {
            this(url, status, reason, wireBytes, retryAfter, null);
        }

        /** A failure without a server hint. */
        public Failed(String url, int status, String reason, long wireBytes) {
            this(url, status, reason, wireBytes, null, null);
        }

        /** The same failure, having cost {@code wire} bytes in all. */
        Failed withWireBytes(long wire) {
            return new Failed(url, status, reason, wire, retryAfter, kind);
        }
    }
}
