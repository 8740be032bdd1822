package dev.kiosque.cli.output;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;

/**
 * Instants as {@code uuuu-MM-dd HH:mm} in one zone, the date column of plain output: the same
 * text as {@link DateTimeFormatter} with that pattern, written digit by digit for the years
 * 0 to 9999 (a formatter call costs several times more, once per listed item). Listings come
 * newest first, so most items fall on the day of the item before: the date part of the last day
 * is kept.
 */
final class MinuteFormat {
    private static final long SECONDS_PER_DAY = 86_400;

    private final ZoneId zone;
    private final ZoneRules rules;
    /** For the years outside 0 to 9999 only, so made when first needed (building one costs ~5 ms of a listing's start). */
    private DateTimeFormatter formatter;
    /** The local epoch day of {@link #datePart}. */
    private long day = Long.MIN_VALUE;
    /** {@code uuuu-MM-dd } of {@link #day}, or null when its year is outside 0 to 9999. */
    private String datePart;

    MinuteFormat(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    String format(Instant instant) {
        // what LocalDateTime.ofInstant does, without building one per item
        long local = instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
        long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
        if (epochDay != day) {
            datePart = datePart(epochDay);
            day = epochDay;
        }
        if (datePart == null) return wideYears().format(instant);   // signs and wider years
        int seconds = (int) Math.floorMod(local, SECONDS_PER_DAY);
        char[] out = new char[16];
        datePart.getChars(0, 11, out, 0);
        digits(out, 11, seconds / 3600, 2);
        out[13] = ':';
        digits(out, 14, seconds / 60 % 60, 2);
        return new String(out);
    }

    private DateTimeFormatter wideYears() {
        if (formatter == null) formatter = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(zone);
        return formatter;
    }

    /** {@code uuuu-MM-dd } of a local epoch day, or null outside the years 0 to 9999. */
    private static String datePart(long epochDay) {
        LocalDate date;
        try {
            date = LocalDate.ofEpochDay(epochDay);
        } catch (DateTimeException e) {
            return null;                                   // the formatter says what it says
        }
        int year = date.getYear();
        if (year < 0 || year > 9999) return null;
        char[] out = new char[11];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = ' ';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
