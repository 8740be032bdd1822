package dev.kiosque.tui;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Stand-ins that carry a whole grapheme cluster through Lanterna 3.1.5 to the terminal.
 *
 * <p>Lanterna cannot draw what it cannot hold in one cell: a {@code TextCharacter} must be one
 * grapheme by Java 17's {@code BreakIterator}, which splits flags (🇸🇳) and skin tones (👍🏾);
 * its width guess calls every multi-char string wide and most one-char emoji (⚽) narrow; and
 * {@code StreamBasedTerminal.putString} encodes a string char by char, so each surrogate half
 * becomes {@code '?'}. So the canvas puts a private-use code point of the right Lanterna width in
 * the cell — from the BMP private-use area for one column, from plane 15 (a surrogate pair,
 * which Lanterna counts as two columns) for two — and {@link #bytes} turns it back into the
 * cluster's UTF-8 on its way to the terminal.
 *
 * <p>The table is shared by the whole process (the canvas and the terminal are created in
 * different places) and only grows, so a cell's stand-in never changes meaning between the frame
 * that drew it and the refresh that writes it; it is bounded by the size of the two areas.
 */
final class Glyphs {

    private static final int NARROW_FIRST = 0xE000;
    private static final int NARROW_LAST = 0xF8FF;
    private static final int WIDE_FIRST = 0xF0000;
    private static final int WIDE_LAST = 0xFFFFD;

    private static final Map<String, Integer> CODES = new HashMap<>();
    private static final Map<Integer, String> CLUSTERS = new HashMap<>();
    private static int nextNarrow = NARROW_FIRST;
    private static int nextWide = WIDE_FIRST;

    private Glyphs() {}

    /** True for code points the table may hand out; text holding them must go through the table too. */
    static boolean isPrivate(int codePoint) {
        return (codePoint >= NARROW_FIRST && codePoint <= NARROW_LAST)
                || (codePoint >= WIDE_FIRST && codePoint <= WIDE_LAST);
    }

    /**
     * The one-code-point string standing for {@code cluster} drawn {@code columns} (1 or 2) wide,
     * or null when that area of the table is full.
     */
    static synchronized String standIn(String cluster, int columns) {
        String key = columns + cluster;
        Integer code = CODES.get(key);
        if (code == null) {
            boolean wide = columns == 2;
            if (wide ? nextWide > WIDE_LAST : nextNarrow > NARROW_LAST) return null;
            code = wide ? nextWide++ : nextNarrow++;
            CODES.put(key, code);
            CLUSTERS.put(code, cluster);
        }
        return Character.toString(code);
    }

    /** {@code text} with every stand-in replaced by its cluster (what the terminal shows). */
    static synchronized String expand(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String cluster = CLUSTERS.get(c);
            if (cluster != null) out.append(cluster);
            else out.appendCodePoint(c);
        });
        return out.toString();
    }
}
