package dev.kiosque.net;

import java.time.Duration;
import java.time.Instant;

/** Reads {@code Retry-After}: a number of seconds, or an HTTP date. */
final class RetryAfter {

    /** A server asking for more than this is treated as asking for this; a typo should not stall a feed for years. */
    static final Duration MAX = Duration.ofDays(7);
    private static final int MAX_DIGITS = 9;

    private RetryAfter() {}

    /** How long to wait from {@code now}; null when {@code value} is absent or unreadable. */
    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) return null;
        String v = value.trim();
        if (ResponseHeaders.digits(v)) {
            return v.length() > MAX_DIGITS ? MAX : cap(Duration.ofSeconds(Long.parseLong(v)));
        }
        Instant at = HttpDates.parse(v);
        if (at == null) return null;
        return at.isBefore(now) ? Duration.ZERO : cap(Duration.between(now, at));
    }

    private static Duration cap(Duration d) {
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
