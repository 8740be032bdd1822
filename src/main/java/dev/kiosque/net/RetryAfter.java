package dev.kiosque.net;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads {@code Retry-After}: a number of seconds, or an HTTP date. */
final class RetryAfter {

    /** A server asking for more than this is treated as asking for this; a typo should not stall a feed for years. */
    static final Duration MAX = Duration.ofDays(7);

    private RetryAfter() {}

    /** How long to wait from {@code now}; null when {@code value} is absent or unreadable. */
    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) return null;
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return v.length() > 9 ? MAX : cap(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            // The weekday adds nothing, and a wrong one would make the whole date unreadable.
            String date = v.replaceFirst("^[A-Za-z]+,\\s*", "");
            Instant at = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isBefore(now) ? Duration.ZERO : cap(Duration.between(now, at));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration cap(Duration d) {
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
