package dev.kiosque.net;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How long a response stays fresh by its {@code Cache-Control} ({@code max-age}, {@code no-cache},
 * {@code no-store}) or, failing that, its {@code Expires} against its {@code Date}: the hint that
 * lets a refresh skip a feed that is not due.
 */
final class Freshness {

    /** Longer promises are cut to this: a feed is still worth a look once a month. */
    static final Duration MAX = Duration.ofDays(30);
    private static final int MAX_DIGITS = 9;

    private Freshness() {}

    /** The freshness lifetime left, or null when the server gave no hint. */
    static Duration of(HttpHeaders headers, Instant now) {
        Duration fromCacheControl = cacheControl(ResponseHeaders.first(headers, "Cache-Control"));
        if (fromCacheControl != null) {
            Duration age = seconds(ResponseHeaders.first(headers, "Age"));
            Duration left = age == null ? fromCacheControl : fromCacheControl.minus(age);
            return clamp(left);
        }
        String expires = ResponseHeaders.first(headers, "Expires");
        if (expires == null) return null;
        Instant at = HttpDates.parse(expires);
        if (at == null) return Duration.ZERO;  // "Expires: 0" and other junk mean "already stale"
        Instant date = HttpDates.parse(ResponseHeaders.first(headers, "Date"));
        return clamp(Duration.between(date == null ? now : date, at));
    }

    private static Duration cacheControl(String value) {
        if (value == null) return null;
        Duration maxAge = null;
        for (String part : value.toLowerCase(Locale.ROOT).split(",")) {
            String directive = part.trim();
            if (directive.equals("no-cache") || directive.equals("no-store")) return Duration.ZERO;
            if (directive.startsWith("max-age=")) maxAge = seconds(directive.substring("max-age=".length()).replace("\"", ""));
        }
        return maxAge;
    }

    private static Duration seconds(String value) {
        if (!ResponseHeaders.digits(value)) return null;
        return value.length() > MAX_DIGITS ? MAX : Duration.ofSeconds(Long.parseLong(value));
    }

    private static Duration clamp(Duration d) {
        if (d.isNegative()) return Duration.ZERO;
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
