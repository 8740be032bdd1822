package dev.kiosque.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The few words the renderer writes itself, in English or French, and the article date. */
record Labels(Locale locale, String minutesFormat, String links) {

    private static final String DATE_PATTERN = "EEE d MMM yyyy";
    /** Formatters are immutable and costly to build; a TUI lays out on every resize. */
    private static final Map<Locale, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    /** Labels for {@code locale}: French for French, English otherwise (null included). */
    static Labels of(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        return "fr".equals(l.getLanguage())
                ? new Labels(l, "%d min de lecture", "Liens")
                : new Labels(l, "%d min read", "Links");
    }

    /** The publication date as a reader of this locale writes it: "Fri 7 Feb 2025", "ven. 7 févr. 2025" (UTC). */
    String date(Instant published) {
        return FORMATTERS.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern(DATE_PATTERN, l).withZone(ZoneOffset.UTC))
                .format(published);
    }

    /** "N min read" for a body that takes {@code minutes} to read; null for an empty body (0). */
    String readingTime(long minutes) {
        if (minutes <= 0) return null;
        return String.format(Locale.ROOT, minutesFormat, minutes);   // ASCII digits whatever the locale
    }
}
