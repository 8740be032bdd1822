package dev.kiosque.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The few words the renderer writes itself, in English or French, and the article date. */
record Labels(Locale locale, String minutesFormat, String links) {

    /** Reading speed used for "N min read", in words per minute. */
    static final int WORDS_PER_MINUTE = 200;

    private static final String DATE_PATTERN = "EEE d MMM yyyy";

    /** Labels for {@code locale}: French for French, English otherwise (null included). */
    static Labels of(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        return "fr".equals(l.getLanguage())
                ? new Labels(l, "%d min de lecture", "Liens")
                : new Labels(l, "%d min read", "Links");
    }

    /** The publication date as a reader of this locale writes it: "Fri 7 Feb 2025", "ven. 7 févr. 2025" (UTC). */
    String date(Instant published) {
        return DateTimeFormatter.ofPattern(DATE_PATTERN, locale).withZone(ZoneOffset.UTC).format(published);
    }

    /** "N min read" for a body of {@code words} words, at least one minute; null for an empty body. */
    String readingTime(int words) {
        if (words <= 0) return null;
        long minutes = Math.max(1, Math.round(words / (double) WORDS_PER_MINUTE));
        return String.format(Locale.ROOT, minutesFormat, minutes);   // ASCII digits whatever the locale
    }
}
