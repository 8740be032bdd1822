package dev.kiosque.article;

import dev.kiosque.text.Fold;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as article pages write them: ISO 8601 in metadata ({@code 2025-02-07T09:12:00+00:00},
 * date-only, space instead of {@code T}, offsets with or without a colon) and human date lines in
 * French and English, accents optional ("Publié le vendredi 7 fevrier 2025 à 10h35",
 * "08/02/2025 à 10:35", "Published February 7, 2025"). A time without a zone is read as UTC; a
 * date without a time is midnight UTC. This small parser is the article package's own: the feed
 * package has its own for RFC 822 and friends.
 */
final class Dates {

    /** Earliest and latest years accepted, so that prices and counts are not read as dates. */
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
            + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?");
    private static final String TIME = "(?:\\s*(?:a|at|,|-|\\u2013|\\|)?\\s*(\\d{1,2})\\s*(?:h|:)\\s*(\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";
    private static final String MONTH = "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
            + "|janv|fevr|fev|avr|juil|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})" + TIME);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("february", 2),
            Map.entry("feb", 2), Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juin", 6), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("octobre", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("decembre", 12), Map.entry("dec", 12), Map.entry("december", 12));

    private Dates() {}

    /** Parses a machine-readable date ({@code datetime}, JSON-LD, meta), else a human one; null if none. */
    static Instant parse(String s) {
        if (s == null || s.isBlank()) return null;
        Matcher m = ISO.matcher(s.trim());
        if (m.lookingAt()) return iso(m);
        return findHuman(s);
    }

    /** Finds the first human-written date in {@code text} (French or English); null if none. */
    static Instant findHuman(String text) {
        if (text == null) return null;
        String f = Fold.of(text);
        Instant best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = DAY_MONTH_YEAR.matcher(f);
        if (m.find()) {
            best = build(m.group(3), MONTHS.get(m.group(2)), m.group(1), m, 4);
            bestAt = best == null ? bestAt : m.start();
        }
        m = MONTH_DAY_YEAR.matcher(f);
        if (m.find() && m.start() < bestAt) {
            Instant d = build(m.group(3), MONTHS.get(m.group(1)), m.group(2), m, 4);
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = NUMERIC.matcher(f);
        if (m.find() && m.start() < bestAt) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            // day first (French and most of the world) unless the second number cannot be a month
            Instant d = b > 12 ? build(m.group(3), a, m.group(2), m, 4) : build(m.group(3), b, m.group(1), m, 4);
            if (d != null) best = d;
        }
        return best;
    }

    private static Instant iso(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < MIN_YEAR || year > MAX_YEAR) return null;
            LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) == null) return date.atStartOfDay(ZoneOffset.UTC).toInstant();
            LocalDateTime t = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return t.toInstant(offset(m.group(7)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String z) {
        if (z == null || z.equals("Z") || z.equals("UTC") || z.equals("GMT")) return ZoneOffset.UTC;
        String digits = z.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = z.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** Builds the instant from year, month, day and the optional time groups starting at {@code timeGroup}. */
    private static Instant build(String year, Integer month, String day, Matcher m, int timeGroup) {
        if (month == null) return null;
        try {
            int y = Integer.parseInt(year);
            if (y < MIN_YEAR || y > MAX_YEAR) return null;
            LocalDate date = LocalDate.of(y, month, Integer.parseInt(day));
            String hour = m.group(timeGroup);
            if (hour == null) return date.atStartOfDay(ZoneOffset.UTC).toInstant();
            int h = Integer.parseInt(hour);
            int min = m.group(timeGroup + 1) == null ? 0 : Integer.parseInt(m.group(timeGroup + 1));
            String ampm = m.group(timeGroup + 2);
            if (ampm != null && ampm.startsWith("p") && h < 12) h += 12;
            if (ampm != null && ampm.startsWith("a") && h == 12) h = 0;
            return date.atTime(h, min).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
