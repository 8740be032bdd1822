package dev.kiosque.text;

import java.text.Normalizer;

/**
 * The one sanitiser for text that came from the network. Every string shown on a terminal or
 * written to stdout passes through {@link #sanitize} or {@link #line} first.
 */
public final class PlainText {

    private PlainText() {}

    /**
     * Returns {@code s} NFC-normalised with terminal escape sequences (CSI, OSC, DCS, ...) and
     * C0/C1 control characters removed, bidi controls and other invisible format characters
     * dropped (soft hyphens too, which terminals draw inconsistently), and line breaks and tabs
     * kept. Null stays null.
     */
    public static String sanitize(String s) {
        if (s == null) return null;
        if (unchanged(s, false)) return s;      // fast path: nothing to drop, nothing to normalise
        return sanitizeAll(s);
    }

    /** The slow path of {@link #sanitize}: every character looked at. */
    static String sanitizeAll(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            int len = Character.charCount(c);
            if (c == 0x1B) {                       // ESC: skip the whole escape sequence
                i = skipEscape(s, i + 1);
                continue;
            }
            if (c == 0x9B) {                       // 8-bit CSI
                i = skipCsi(s, i + 1);
                continue;
            }
            if (c == 0x90 || c == 0x9D || c == 0x9E || c == 0x9F || c == 0x98) { // 8-bit DCS/OSC/PM/APC/SOS
                i = skipString(s, i + 1);
                continue;
            }
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                    continue;
                }
                out.append('\n');
            } else if (c == 0x85) {                 // NEL, the C1 line break
                out.append('\n');
            } else if (c == '\n' || c == '\t') {
                out.append((char) c);
            } else if (!dropped(c)) {
                out.appendCodePoint(c);
            }
            i += len;
        }
        String r = out.toString();
        return Normalizer.isNormalized(r, Normalizer.Form.NFC) ? r : Normalizer.normalize(r, Normalizer.Form.NFC);
    }

    /**
     * Returns {@code s} sanitised and collapsed to one line: every run of whitespace (line breaks,
     * tabs, no-break spaces included) becomes one space, and the ends are trimmed. Null stays null.
     */
    public static String line(String s) {
        if (s == null) return null;
        if (unchanged(s, true)) return s;       // fast path: most titles and names are already one clean line
        return collapseAll(sanitize(s));
    }

    /** Collapses every run of whitespace (U+00A0 and other Unicode spaces included) into one space and trims. */
    public static String collapse(String s) {
        if (s == null) return null;
        if (unchanged(s, true)) return s;       // fast path: no run of spaces, no space at either end
        return collapseAll(s);
    }

    /** The slow path of {@link #collapse}. */
    static String collapseAll(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** True for ASCII whitespace and every Unicode space separator (no-break spaces included). */
    public static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
                || Character.getType(c) == Character.SPACE_SEPARATOR
                || c == 0x2028 || c == 0x2029 || c == 0x85;
    }

    /**
     * The fast path of {@link #sanitize} ({@code oneLine} false) and of {@link #line} and
     * {@link #collapse} (true): true when they would return {@code s} itself, because every
     * character is one they keep as it is. For {@code oneLine}, spaces are single and inside the
     * text and there are no other whitespace characters; else spaces, tabs and {@code \n} may be
     * anywhere. Anything else (controls, escapes, format and bidi characters, other spaces,
     * combining marks, surrogates, scripts not listed in {@link #stable}) takes the slow path.
     */
    static boolean unchanged(String s, boolean oneLine) {
        int n = s.length();
        if (oneLine && n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) return false;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x21 && c <= 0x7E) {
                previous = c;
                continue;
            }
            if (c == ' ') {
                if (oneLine && previous == ' ') return false;
            } else if (c == '\n' || c == '\t') {
                if (oneLine) return false;
            } else if (i + 1 < n && pictograph(c, s.charAt(i + 1))) {
                i++;                                // both halves of the pair
            } else if (!stable(c)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * True for a surrogate pair of the emoji blocks (Miscellaneous Symbols and Pictographs,
     * Emoticons, Transport and Map Symbols, Supplemental Symbols and Pictographs): symbols that
     * sanitising keeps, with NFC_Quick_Check=Yes and combining class 0, that compose with nothing.
     * Headlines carry them often enough (a red circle for breaking news) that the slow path,
     * Normalizer included, cost ~12 ms at 15 000 items, 400 of them with one.
     */
    static boolean pictograph(char high, char low) {
        if (!Character.isHighSurrogate(high) || !Character.isLowSurrogate(low)) return false;
        int c = Character.toCodePoint(high, low);
        return (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF);
    }

    /**
     * True for characters outside ASCII that sanitising keeps and that no neighbour in this set can
     * change under NFC: each has NFC_Quick_Check=Yes and canonical combining class 0, and none is
     * a space, a control or a format character. A string made only of them (and printable ASCII) is
     * already NFC. Latin-1 (but the no-break space and the soft hyphen), Latin Extended-A and -B, IPA,
     * spacing modifiers, basic Cyrillic, Arabic letters, General Punctuation without its spaces and
     * format characters, currency signs, kana, CJK ideographs and Hangul syllables.
     */
    static boolean stable(char c) {
        if (c < 0x2000) {
            return (c >= 0xA1 && c <= 0x2FF && c != 0xAD) || (c >= 0x400 && c <= 0x45F)
                    || (c >= 0x621 && c <= 0x63A) || (c >= 0x641 && c <= 0x64A);
        }
        return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || (c >= 0x20A0 && c <= 0x20BF)
                || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA)
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3);
    }

    private static boolean dropped(int c) {
        if (c < 0x20 || c == 0x7F) return true;                 // C0 and DEL
        if (c >= 0x80 && c <= 0x9F) return true;                // C1
        if (c >= 0x202A && c <= 0x202E) return true;            // bidi embeddings and overrides
        if (c >= 0x2066 && c <= 0x2069) return true;            // bidi isolates
        if (c == 0x200E || c == 0x200F || c == 0x061C) return true; // bidi marks
        if (c == 0xFEFF || c == 0x200B || c == 0x2060) return true; // BOM, zero-width space, word joiner
        if (c == 0xAD || c == 0x180E) return true;              // soft hyphen: terminals disagree on drawing it
        if (c >= 0x2061 && c <= 0x2064) return true;            // invisible math operators
        if (c >= 0x206A && c <= 0x206F) return true;            // deprecated format characters
        if (c >= 0xFFF9 && c <= 0xFFFB) return true;            // interlinear annotation
        if (c >= 0xE0000 && c <= 0xE007F) return true;          // tag characters
        if (c == 0xFFFE || c == 0xFFFF) return true;
        return Character.getType(c) == Character.SURROGATE;     // lone surrogates
    }

    /** Skips an escape sequence whose ESC is just before {@code i}; returns the index after it. */
    private static int skipEscape(String s, int i) {
        if (i >= s.length()) return i;
        char c = s.charAt(i);
        if (c == '[') return skipCsi(s, i + 1);
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') return skipString(s, i + 1);
        // nF sequences: intermediates 0x20-0x2F then one final byte
        while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2F) i++;
        return i < s.length() && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x7E ? i + 1 : i;
    }

    /**
     * Skips CSI parameters and intermediates up to and including the final byte. A malformed
     * sequence ends before the first character that cannot belong to it, so a stray "ESC [" does
     * not swallow the text after it.
     */
    private static int skipCsi(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= 0x40 && c <= 0x7E) return i + 1;
            if (c < 0x20 || c > 0x7E) return i;
            i++;
        }
        return i;
    }

    /** Skips an OSC/DCS/APC/PM/SOS string up to BEL, ST (ESC \) or the 8-bit ST. */
    private static int skipString(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == 0x07 || c == 0x9C) return i;
            if (c == 0x1B) return i < s.length() && s.charAt(i) == '\\' ? i + 1 : i;
        }
        return i;
    }
}
