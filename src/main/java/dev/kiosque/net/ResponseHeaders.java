package dev.kiosque.net;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What we read from a response's status line and headers, and what they cost on the wire. */
final class ResponseHeaders {

    /** "\r\n" after each header line and after the header block. */
    private static final int CRLF = 2;
    /** ": " between a header's name and value. */
    private static final int SEPARATOR = 2;
    /** A media type or charset name: letters, digits and a few marks; anything else is dropped. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$&^_.+\\-/]{1,100}");

    private ResponseHeaders() {}

    /**
     * The bytes of the status line and headers as an HTTP/1.1 server sends them. HTTP/2
     * compresses headers, so there this is an upper bound.
     */
    static long size(HttpResponse<?> response) {
        String version = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        String reason = Failures.statusText(response.statusCode());
        long size = version.length() + 1 + 3 + (reason.isEmpty() ? 0 : 1 + reason.length()) + CRLF;
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (header.getKey().startsWith(":")) continue;  // HTTP/2 pseudo-headers have no text form
            for (String value : header.getValue()) {
                size += header.getKey().length() + SEPARATOR + value.length() + CRLF;
            }
        }
        return size + CRLF;
    }

    /** The first value of a header, or null. */
    static String first(HttpHeaders headers, String name) {
        return headers.firstValue(name).map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
    }

    /**
     * Whether a header value is a non-empty run of digits (delta-seconds). A loop rather than a
     * stream: every 304 reads one, and a stream's lambdas are classes made at run time.
     */
    static boolean digits(String value) {
        if (value == null || value.isEmpty()) return false;
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) return false;
        }
        return true;
    }

    /** The media type of a Content-Type value, lower-cased ({@code application/rss+xml}), or null. */
    static String mediaType(String contentType) {
        if (contentType == null) return null;
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        return TOKEN.matcher(type).matches() ? type : null;
    }

    /** The {@code charset} parameter of a Content-Type value, unquoted, or null. */
    static String charset(String contentType) {
        if (contentType == null) return null;
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq < 0 || !param.substring(0, eq).trim().equalsIgnoreCase("charset")) continue;
            String value = param.substring(eq + 1).trim().replace("\"", "").replace("'", "");
            return TOKEN.matcher(value).matches() ? value : null;
        }
        return null;
    }
}
