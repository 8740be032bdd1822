package dev.kiosque.net;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** HTTP dates ({@code Fri, 07 Feb 2025 09:12:00 GMT}) as servers send them in headers. */
final class HttpDates {

    private HttpDates() {}

    /** The instant of an RFC 1123 date, or null when absent or unreadable. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) return null;
        // The weekday adds nothing, and a wrong one would make the whole date unreadable.
        String date = value.trim().replaceFirst("^[A-Za-z]+,\\s*", "");
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
