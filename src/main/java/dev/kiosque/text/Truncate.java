package dev.kiosque.text;

/**
 * Fitting one line of text into a number of terminal columns, by display width and whole grapheme
 * clusters: {@link #cut} shortens with an ellipsis, {@link #clip} shortens without one, and
 * {@link #pad}/{@link #padStart} fill with spaces to an exact width. Tabs and line breaks become
 * spaces first, since one line cannot hold them (Lanterna stops at the first line break). Null is
 * treated as "".
 */
public final class Truncate {

    /** The mark left where text was cut. */
    public static final String ELLIPSIS = "…";

    private Truncate() {}

    /**
     * Returns {@code s} unchanged when it fits in {@code columns}, else its longest prefix that fits
     * together with a trailing "…". The result is never wider than {@code columns}.
     */
    public static String cut(String s, int columns) {
        String line = oneLine(s);
        if (DisplayWidth.of(line) <= columns) return line;
        if (columns <= 0) return "";
        return prefix(line, columns - 1).stripTrailing() + ELLIPSIS;
    }

    /** Returns the longest prefix of {@code s} whose width is at most {@code columns}, without a mark. */
    public static String clip(String s, int columns) {
        String line = oneLine(s);
        return DisplayWidth.of(line) <= columns ? line : prefix(line, columns);
    }

    /** Returns {@code s} cut to {@code columns} (with "…") and padded with spaces to exactly that width. */
    public static String pad(String s, int columns) {
        String cut = cut(s, columns);
        return cut + " ".repeat(Math.max(0, columns - DisplayWidth.of(cut)));
    }

    /** Like {@link #pad}, but the spaces go first: right-aligned text, such as counts in a column. */
    public static String padStart(String s, int columns) {
        String cut = cut(s, columns);
        return " ".repeat(Math.max(0, columns - DisplayWidth.of(cut))) + cut;
    }

    /** The longest prefix of one-line {@code s} made of whole clusters and at most {@code columns} wide. */
    static String prefix(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int end = Graphemes.next(s, i);
            int cw = DisplayWidth.ofCluster(s, i, end);
            if (w + cw > columns) break;
            w += cw;
            i = end;
        }
        return s.substring(0, i);
    }

    /** Replaces tabs, line breaks and other controls with spaces; the result measures as drawn. */
    static String oneLine(String s) {
        if (s == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
                if (out == null) out = new StringBuilder(s.length()).append(s, 0, i);
                out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
