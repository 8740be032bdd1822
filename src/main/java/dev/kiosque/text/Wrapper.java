package dev.kiosque.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Wraps a paragraph to a width in terminal columns, measured with {@link DisplayWidth}. Lines break
 * at spaces (runs of spaces become one, and vanish at a break), after a hyphen, dash or slash
 * between two letters or digits, and between two Chinese or Japanese characters (not before closing
 * punctuation nor after opening brackets). A word is broken only when it is longer than a whole
 * line, and never inside a grapheme cluster. Line breaks in the text are kept. No-break spaces
 * (U+00A0, U+2007, U+202F) glue their neighbours together.
 *
 * <p>The first line starts with {@code firstPrefix} and the others with {@code restPrefix}, which
 * gives hanging indents ("• " then "  ") and quote bars ("│ " on every line). Prefixes count
 * toward the width; one that leaves fewer than two columns for text is clipped. Every line is at
 * most {@code width} columns wide, except when {@code width} is 1 and a cluster is two columns.
 *
 * @param width       columns available, at least 1
 * @param firstPrefix text put before the first line
 * @param restPrefix  text put before every following line
 */
public record Wrapper(int width, String firstPrefix, String restPrefix) {

    /** Columns a prefix must leave free, so that a wide (two-column) character still fits. */
    private static final int MIN_TEXT_COLUMNS = 2;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u2028\u2029]");

    /** Checks the width and clips prefixes that would leave no room for text. */
    public Wrapper {
        if (width < 1) throw new IllegalArgumentException("width must be at least 1, was " + width);
        firstPrefix = fitPrefix(Truncate.oneLine(firstPrefix), width);
        restPrefix = fitPrefix(Truncate.oneLine(restPrefix), width);
    }

    /** A wrapper to {@code width} columns without prefixes. */
    public static Wrapper of(int width) {
        return new Wrapper(width, "", "");
    }

    /** A copy with other prefixes for the first and the following lines. */
    public Wrapper withPrefixes(String first, String rest) {
        return new Wrapper(width, first, rest);
    }

    /** Wraps {@code text} to {@code width} columns without prefixes. */
    public static List<String> wrap(String text, int width) {
        return of(width).wrap(text);
    }

    /**
     * Wraps {@code text}: the lines in order, prefixes included, without trailing spaces. Blank or
     * null text gives no lines; an empty line inside the text gives a line holding only the
     * (trimmed) prefix.
     */
    public List<String> wrap(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        LineFiller filler = new LineFiller(this, out);
        String[] pieces = LINE_BREAK.split(text.strip(), -1);
        for (int k = 0; k < pieces.length; k++) {
            if (k > 0) filler.hardBreak();
            filler.paragraph(pieces[k]);
        }
        filler.finish();
        return out;
    }

    private static String fitPrefix(String prefix, int width) {
        Objects.requireNonNull(prefix, "prefix");
        int room = Math.max(0, width - MIN_TEXT_COLUMNS);
        return DisplayWidth.of(prefix) <= room ? prefix : Truncate.prefix(prefix, room);
    }
}
