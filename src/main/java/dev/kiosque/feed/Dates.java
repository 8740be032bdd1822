package dev.kiosque.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates as feeds and pages really write them; unparseable means null, never an error.
 *
 * <p>Two hand-written scanners, no formatter trials: ISO 8601 / RFC 3339 / W3C-DTF (and their
 * compact and partial forms) when the text starts like one, else a tolerant token scanner for
 * RFC 822/1123 and its variants, asctime, and English or French text ("Publié le lundi 10 février
 * 2025 à 07h40", "08/02/2025 à 10:35" read day first). A date without a zone is taken as UTC.
 */
public final class Dates {

    /** Longer strings are not dates (a paragraph passed by mistake); they are not scanned. */
    static final int MAX_LENGTH = 200;
    private static final int MAX_YEAR = 9999;

    private Dates() {}

    /** The instant {@code text} denotes, in UTC, or null when it is not a date kiosque can read. */
    public static Instant parse(String text) {
        if (text == null) return null;
        String s = text.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) return null;
        try {
            if (IsoDates.looksIso(s)) {
                Instant iso = IsoDates.parse(s);
                if (iso != null || !hasWord(s)) return iso;
            }
            return NaturalDates.parse(s);
        } catch (DateTimeException | ArithmeticException e) {   // a field out of range slipped past the checks
            return null;
        }
    }

    /**
     * The instant of a calendar date and time at a UTC offset, or null when a field is out of range.
     * {@code year} must already be four-digit.
     */
    static Instant of(int year, int month, int day, int hour, int minute, int second, int nanos, int offsetSeconds) {
        if (year < 1 || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) return null;
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 60) return null;
        if (hour == 24 && (minute > 0 || second > 0)) return null;
        if (second == 60) second = 59;                 // leap second: close enough for a news date
        long days = LocalDate.of(year, month, day).toEpochDay();
        long secs = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(secs, nanos);
    }

    /** A two-digit year as RFC 2822 reads it: 00-49 are 20xx, 50-99 are 19xx. */
    static int fullYear(int year, int digits) {
        if (digits > 2) return year;
        return year < 50 ? 2000 + year : 1900 + year;
    }

    /** Offsets beyond this many hours are not real zones. */
    static boolean validOffset(int hours, int minutes) {
        return hours <= 23 && minutes <= 59;
    }

    /** True when {@code s} has a letter other than the T and Z of ISO dates. */
    private static boolean hasWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && "TtZz".indexOf(c) < 0) return true;
        }
        return false;
    }
}
