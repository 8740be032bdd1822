package dev.kiosque.cli.output;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants as {@code uuuu-MM-dd HH:mm} in one zone, the date column of plain output: the same
 * text as {@link DateTimeFormatter} with that pattern, written digit by digit for the years
 * 0 to 9999 (a formatter call costs several times more, once per listed item).
 */
final class MinuteFormat {
    private final ZoneId zone;
    private final DateTimeFormatter formatter;

    MinuteFormat(ZoneId zone) {
        this.zone = zone;
        this.formatter = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(zone);
    }

    String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        int year = t.getYear();
        if (year < 0 || year > 9999) return formatter.format(instant);   // signs and wider years
        char[] out = new char[16];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = ' ';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
