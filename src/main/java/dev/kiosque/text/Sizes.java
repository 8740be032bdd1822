package dev.kiosque.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them: {@code 512}, {@code 64KB}, {@code 2MB}, {@code 1.5 MiB}. */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]i?b?|b)?\\s*");

    private Sizes() {}

    /**
     * Parses a size; K, M and G are powers of 1024 (a feed reader's "2MB" is a cap, not a
     * marketing figure). Throws {@link IllegalArgumentException} with a readable message.
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text);
        if (!m.matches()) throw new IllegalArgumentException("not a size: '" + text + "' (try 512KB or 2MB)");
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Math.round(n * factor);
    }

    /** Formats a byte count for people: {@code 812 B}, {@code 14.2 KB}, {@code 3.1 MB}. */
    public static String format(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024L * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        if (bytes < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
