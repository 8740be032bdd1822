package dev.kiosque.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Grapheme clusters: what a reader sees as one character, such as "e" plus a combining accent, a
 * Hangul syllable spelled in jamo, an emoji with a skin tone, a ZWJ family or a flag. The rules
 * are those of Unicode UAX #29 (extended clusters) that matter on a terminal; Prepend characters
 * and Indic conjuncts are not treated specially, which only ever splits a cluster, never merges
 * two.
 */
public final class Graphemes {

    static final int ZWJ = 0x200D;
    static final int VS16 = 0xFE0F;
    /** Below this code point no character extends, joins or is joined (combining marks start at U+0300). */
    private static final int FAST_LIMIT = 0x300;

    private Graphemes() {}

    /** Index just after the cluster that starts at {@code start}; {@code s.length()} at the end. */
    public static int next(CharSequence s, int start) {
        int n = s.length();
        if (start >= n) return n;
        char c0 = s.charAt(start);
        if (c0 < FAST_LIMIT && c0 != '\r' && (start + 1 == n || s.charAt(start + 1) < FAST_LIMIT)) {
            return start + 1;   // nothing below U+0300 joins anything, CR LF aside
        }
        int cp = Character.codePointAt(s, start);
        int i = start + Character.charCount(cp);
        if (cp == '\r') return i < n && s.charAt(i) == '\n' ? i + 1 : i;
        if (isControl(cp)) return i;
        boolean pictographic = Emoji.isPictographic(cp);
        boolean afterZwj = false;
        int regional = isRegional(cp) ? 1 : 0;
        int prev = cp;
        while (i < n) {
            int c = Character.codePointAt(s, i);
            boolean joins = isExtend(c) || c == ZWJ || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || (afterZwj && pictographic && Emoji.isPictographic(c))
                    || (regional == 1 && isRegional(c))
                    || Hangul.joins(prev, c);
            if (!joins) break;
            if (isRegional(c)) regional++;
            afterZwj = c == ZWJ;
            prev = c;
            i += Character.charCount(c);
        }
        return i;
    }

    /** The clusters of {@code s}, in order. */
    public static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            int end = next(s, i);
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    /** Grapheme_Cluster_Break=Extend, approximately: marks, ZWNJ, emoji modifiers, tags. */
    static boolean isExtend(int c) {
        if (c < 0x300) return false;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c == 0x200C
                || (c >= 0x1F3FB && c <= 0x1F3FF)     // skin tones extend the emoji before them
                || (c >= 0xE0020 && c <= 0xE007F)     // tag sequences (subdivision flags)
                || c == 0xFF9E || c == 0xFF9F;        // halfwidth kana voicing marks
    }

    static boolean isRegional(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }

    /** Controls stand alone: a cluster never continues past one. */
    private static boolean isControl(int c) {
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return true;
        if (c < 0x2028) return false;
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Hangul syllable composition from conjoining jamo (UAX #29 rules GB6 to GB8). */
    static final class Hangul {
        private Hangul() {}

        static boolean joins(int a, int b) {
            if (a < 0x1100 || b < 0x1100) return false;
            if (isL(a)) return isL(b) || isV(b) || isLv(b) || isLvt(b);
            if (isLv(a) || isV(a)) return isV(b) || isT(b);
            if (isLvt(a) || isT(a)) return isT(b);
            return false;
        }

        private static boolean isL(int c) {
            return (c >= 0x1100 && c <= 0x115F) || (c >= 0xA960 && c <= 0xA97C);
        }

        private static boolean isV(int c) {
            return (c >= 0x1160 && c <= 0x11A7) || (c >= 0xD7B0 && c <= 0xD7C6);
        }

        private static boolean isT(int c) {
            return (c >= 0x11A8 && c <= 0x11FF) || (c >= 0xD7CB && c <= 0xD7FB);
        }

        private static boolean isLv(int c) {
            return c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 0;
        }

        private static boolean isLvt(int c) {
            return c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 != 0;
        }
    }
}
