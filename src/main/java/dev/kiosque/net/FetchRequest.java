package dev.kiosque.net;

/**
 * One GET. {@code etag} and {@code lastModified} are the validators of the last good response
 * (null when none); {@code maxBytes} caps the decoded body.
 */
public record FetchRequest(String url, String etag, String lastModified, long maxBytes) {
    public static FetchRequest of(String url, long maxBytes) {
        return new FetchRequest(url, null, null, maxBytes);
    }
}
