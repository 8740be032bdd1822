package dev.kiosque.net;

/**
 * What a fetch gave. Every variant records the bytes received on the wire (headers + body as
 * transferred, i.e. compressed), for the byte ledger.
 */
public sealed interface FetchResult {

    String url();

    long wireBytes();

    /**
     * A body. {@code url} is the final URL after redirects; {@code charset} comes from the
     * Content-Type header (null when absent); {@code truncated} is true when the body was cut at
     * {@code maxBytes} or the connection ended early (then the validators must not be kept).
     */
    record Ok(String url, int status, byte[] body, String contentType, String charset, String etag,
              String lastModified, long wireBytes, long decodedBytes, boolean truncated) implements FetchResult {}

    /** 304: the copy we have is current. */
    record NotModified(String url, long wireBytes) implements FetchResult {}

    /** No usable body: {@code status} is the HTTP status or 0, {@code reason} one plain line. */
    record Failed(String url, int status, String reason, long wireBytes) implements FetchResult {}
}
