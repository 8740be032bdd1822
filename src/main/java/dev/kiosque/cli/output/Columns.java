package dev.kiosque.cli.output;

import dev.kiosque.text.DisplayWidth;

/** Fitting text into terminal columns by display width. */
final class Columns {
    private Columns() {}

    /** Cuts {@code s} to {@code width} columns (ending with "…" when cut) and pads it to exactly that width. */
    static String fit(String s, int width) {
        int w = DisplayWidth.of(s);
        if (w <= width) return s + " ".repeat(width - w);
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = DisplayWidth.of(cp);
            if (used + cw > width - 1) break;
            out.appendCodePoint(cp);
            used += cw;
            i += Character.charCount(cp);
        }
        out.append('…');
        used++;
        return out + " ".repeat(Math.max(0, width - used));
    }
}
