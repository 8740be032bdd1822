package dev.kiosque.render;

import dev.kiosque.model.Article;

/**
 * How long an article takes to read. Words are counted between spaces, except in Chinese and
 * Japanese, which are written without spaces and read at a rate in characters.
 */
final class ReadingTime {

    /** Reading speed for space-separated scripts, in words per minute. */
    static final int WORDS_PER_MINUTE = 200;
    /** Reading speed for Chinese and Japanese, in characters per minute. */
    static final int CJK_CHARACTERS_PER_MINUTE = 500;

    private ReadingTime() {}

    /** Minutes to read the body, at least 1; 0 for an empty body. */
    static long minutes(Article article) {
        String text = article.text();
        long words = 0;
        long cjk = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isHanOrKana(c)) {
                cjk++;
                inWord = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inWord = false;
            } else if (!inWord && Character.isLetterOrDigit(c)) {   // a lone dash or "»" is no word
                words++;
                inWord = true;
            }
        }
        if (words == 0 && cjk == 0) return 0;
        double minutes = words / (double) WORDS_PER_MINUTE + cjk / (double) CJK_CHARACTERS_PER_MINUTE;
        return Math.max(1, Math.round(minutes));
    }

    private static boolean isHanOrKana(int c) {
        if (c < 0x3040) return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
