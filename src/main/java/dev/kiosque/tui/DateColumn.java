package dev.kiosque.tui;

import dev.kiosque.text.DisplayWidth;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The date column of a headline list, in the UI language: the time for today ("14:05"), day and
 * short month this year ("7 févr.", "7 Feb"), and day, month and two-digit year before that
 * ("07/02/25" in French, "7 Feb 25" in English — numbers only would read as July in the US). The
 * column is as wide as the widest date the language can produce, measured by display width, so
 * that the titles after it line up on every row.
 */
record DateColumn(ZoneId zone, Locale locale, LocalDate today) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<Locale, Integer> CELLS = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> THIS_YEAR = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> OLDER = new ConcurrentHashMap<>();

    static DateColumn of(ZoneId zone, Locale locale, Instant now) {
        return new DateColumn(zone, locale, now.atZone(zone).toLocalDate());
    }

    /** The date of an item, or "" when it has none. */
    String date(Instant when) {
        if (when == null) return "";
        ZonedDateTime t = when.atZone(zone);
        if (t.toLocalDate().equals(today)) return TIME.format(t);
        return (t.getYear() == today.getYear() ? thisYear(locale) : older(locale)).format(t);
    }

    /** Columns of the widest date in this language (any month, a two-digit day). */
    int cells() {
        return CELLS.computeIfAbsent(locale, DateColumn::widest);
    }

    private static int widest(Locale locale) {
        int widest = DisplayWidth.of(TIME.format(LocalDateTime.of(2000, 1, 1, 23, 59)));
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(2000, month, 28);
            widest = Math.max(widest, DisplayWidth.of(thisYear(locale).format(day)));
            widest = Math.max(widest, DisplayWidth.of(older(locale).format(day)));
        }
        return widest;
    }

    // Made once per language: parsing a pattern for every row of every frame was most of the
    // cost of a date.
    private static DateTimeFormatter thisYear(Locale locale) {
        return THIS_YEAR.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern("d MMM", l));
    }

    private static DateTimeFormatter older(Locale locale) {
        return OLDER.computeIfAbsent(locale, l -> "fr".equals(l.getLanguage()) ? DateTimeFormatter.ofPattern("dd/MM/yy", l)
                : DateTimeFormatter.ofPattern("d MMM yy", l));
    }
}
