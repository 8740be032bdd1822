package dev.kiosque.net;

/**
 * One GET. {@code url} is an http(s) URL, a {@code file:} URL or a plain path. {@code etag} and
 * {@code lastModified} are the validators of the last good, untruncated response (null when
 * none), sent back as {@code If-None-Match} and {@code If-Modified-Since}. {@code maxBytes} caps
 * the decoded body (zero or less: no cap but memory).
 */
public record FetchRequest(String url, String etag, String lastModified, long maxBytes) {
    /** An unconditional GET. */
    public static FetchRequest of(String url, long maxBytes) {
        return new FetchRequest(url, null, null, maxBytes);
    }
}
