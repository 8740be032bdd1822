package dev.kiosque.net;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/** Builds the GET we send: User-Agent, Accept-Encoding, validators, HTTP version. */
final class Requests {

    private Requests() {}

    static HttpRequest get(URI uri, FetchRequest request, FetchSettings settings, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout)
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", ContentDecoding.ACCEPT);
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // Plain http with HTTP_2 would try an h2c upgrade, which many servers and proxies mishandle.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        optionalHeader(builder, "If-None-Match", request.etag());
        optionalHeader(builder, "If-Modified-Since", request.lastModified());
        return builder.build();
    }

    /** Adds a stored validator, unless it is empty or not a legal header value (then it is no use anyway). */
    private static void optionalHeader(HttpRequest.Builder builder, String name, String value) {
        if (value == null || value.isBlank()) return;
        try {
            builder.header(name, value.trim());
        } catch (IllegalArgumentException e) {
            // A validator with CR, LF or other illegal bytes: fetch unconditionally instead.
        }
    }
}
