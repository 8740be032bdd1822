package dev.kiosque.text;

/** Where a line may break besides spaces: after dashes and slashes in words, and around CJK characters. */
final class LineBreaks {

    /** Closing punctuation, small kana and prolonged sound marks must not start a line (kinsoku). */
    private static final String NO_BREAK_BEFORE = ")]}.,;:!?%»”’、。，．：；！？）］｝」』】〕〉》〙〗ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…‥";
    /** Opening brackets must not end a line. */
    private static final String NO_BREAK_AFTER = "([{«“‘（［｛「『【〔〈《〘〖";

    private LineBreaks() {}

    /** True for spaces a line may break at: ASCII space, tab, controls, and Unicode spaces other than no-break ones. */
    static boolean isBreakingSpace(int c) {
        if (c == ' ' || c == '\t') return true;
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return true;
        if (c == 0xA0 || c == 0x2007 || c == 0x202F) return false;
        return c > 0xA0 && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** True when a line may break between two clusters starting with {@code prev} and {@code cur}. */
    static boolean between(int prev, int cur) {
        if (!isCjk(prev) && !isCjk(cur)) return false;
        return NO_BREAK_BEFORE.indexOf(cur) < 0 && NO_BREAK_AFTER.indexOf(prev) < 0;
    }

    /** True after a hyphen, dash or slash written between two letters or digits ("porte-parole", "km/h"). */
    static boolean afterDash(int prev, int cur, int next) {
        if (cur != '-' && cur != '/' && cur != 0x2010 && cur != 0x2013 && cur != 0x2014) return false;
        return prev >= 0 && next >= 0 && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
    }

    /** Han, kana, CJK punctuation and fullwidth forms: scripts written without spaces. Hangul uses spaces. */
    static boolean isCjk(int c) {
        if (c < 0x2E80) return false;
        return c <= 0x31FF                               // radicals, CJK punctuation, kana, bopomofo
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
