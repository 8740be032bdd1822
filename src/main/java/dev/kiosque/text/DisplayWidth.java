package dev.kiosque.text;

/**
 * Display width of text on a terminal, in columns: combining marks and zero-width or format
 * characters take 0, East Asian Wide and Fullwidth characters take 2, emoji shown as emoji take 2,
 * everything else 1. Strings are measured by grapheme cluster, so a ZWJ family, a flag (a pair of
 * regional indicators), an emoji with a skin tone or with U+FE0F each count 2 as a whole. The TUI
 * and the renderer both measure with this class so that what is laid out is what is drawn.
 *
 * <p>Control characters, tab included, count 0: expand or replace them before measuring
 * ({@link Truncate} and {@link Wrapper} do).
 */
public final class DisplayWidth {

    /** Below this code point nothing combines, joins or is wide, so a string of them is measured char by char. */
    private static final int SIMPLE_LIMIT = 0x300;

    private DisplayWidth() {}

    /** Width of one code point in columns (0, 1 or 2). Control characters count 0. */
    public static int of(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
        if (cp < SIMPLE_LIMIT) return cp == 0xAD ? 0 : 1;   // soft hyphen is invisible unless a line breaks there
        if ((cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF)) return 0; // jamo inside a syllable
        if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return 1;        // a lone regional indicator is a letter
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) return 0;
        return Emoji.isWide(cp) ? 2 : 1;
    }

    /** Width of a string in columns, measured cluster by cluster. Null counts 0. */
    public static int of(CharSequence s) {
        if (s == null) return 0;
        int n = s.length();
        int w = 0;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < SIMPLE_LIMIT && (i + 1 == n || s.charAt(i + 1) < SIMPLE_LIMIT)) {
                w += of(c);                                   // fast path: nothing can join this char
                i++;
            } else {
                int end = Graphemes.next(s, i);
                w += ofCluster(s, i, end);
                i = end;
            }
        }
        return w;
    }

    /** Width of a string; the {@code String} overload kept for callers compiled against it. */
    public static int of(String s) {
        return of((CharSequence) s);
    }

    /** Width of the grapheme cluster {@code s[start, end)}, as found by {@link Graphemes#next}. */
    public static int ofCluster(CharSequence s, int start, int end) {
        int first = Character.codePointAt(s, start);
        int i = start + Character.charCount(first);
        if (i >= end) return of(first);
        if (Graphemes.isRegional(first)) {
            return Graphemes.isRegional(Character.codePointAt(s, i)) ? 2 : 1;  // a flag
        }
        boolean emojiBase = Emoji.isPictographic(first) || isKeycapBase(first);
        int w = of(first);
        while (i < end) {
            int c = Character.codePointAt(s, i);
            // VS16, a skin tone or a ZWJ after an emoji base asks for emoji presentation: two columns.
            // VS15 (text presentation) is not honoured: terminals draw wide emoji wide anyway,
            // and over-counting a column is safer than overflowing one.
            if (emojiBase && (c == Graphemes.VS16 || c == Graphemes.ZWJ || (c >= 0x1F3FB && c <= 0x1F3FF))) {
                return 2;
            }
            if (!emojiBase) w += of(c);
            i += Character.charCount(c);
        }
        return w;
    }

    /** Digits, '#' and '*' become keycap emoji with U+FE0F U+20E3. */
    private static boolean isKeycapBase(int c) {
        return (c >= '0' && c <= '9') || c == '#' || c == '*';
    }
}
