package dev.kiosque.text;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: {@code 500ms}, {@code 20s}, {@code 5m}, {@code 2h}, {@code 60d}, {@code 2w}. */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(?i)\\s*(\\d+)\\s*(ms|s|m|min|h|d|w)?\\s*");

    private Durations() {}

    /** Parses a duration; a bare number is seconds. Throws {@link IllegalArgumentException} with a readable message. */
    public static Duration parse(String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text);
        if (!m.matches()) throw new IllegalArgumentException("not a duration: '" + text + "' (try 20s, 5m, 2h or 60d)");
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            case "w" -> Duration.ofDays(7 * n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** Formats a duration compactly: {@code 850ms}, {@code 12s}, {@code 3m}, {@code 5h}, {@code 2d}. */
    public static String format(Duration d) {
        // concat, not "+": a refresh's workers call this at once, and a first "+" bootstraps
        // invokedynamic machinery that they would all wait for
        long ms = d.toMillis();
        if (ms < 1000) return Long.toString(ms).concat("ms");
        long s = d.getSeconds();
        if (s < 120) return Long.toString(s).concat("s");
        if (s < 7200) return Long.toString(s / 60).concat("m");
        if (s < 172800) return Long.toString(s / 3600).concat("h");
        return Long.toString(s / 86400).concat("d");
    }
}
