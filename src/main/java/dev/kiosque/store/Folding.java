package dev.kiosque.store;

import dev.kiosque.text.Fold;

/**
 * {@link Fold#of} with a fast path for text made only of Latin-1 characters (most feeds in
 * Latin-script languages): each character is folded through a table made by {@link Fold#of}
 * itself, so the result is the same, without normalising the whole string. Folding every item's
 * title and summary was 3% of the CPU of a first refresh.
 */
final class Folding {

    /** {@code Fold.of} of each character below U+0100, by character. */
    private static final String[] LATIN1 = new String[256];

    static {
        for (char c = 0; c < LATIN1.length; c++) LATIN1[c] = Fold.of(String.valueOf(c));
    }

    private Folding() {}

    /**
     * Exactly {@code Fold.of(s)}. Per character is enough for Latin-1: each character decomposes
     * on its own (no Latin-1 character is a combining mark, so nothing reorders across them), and
     * no Latin-1 character lower-cases differently in context.
     */
    static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= LATIN1.length) return Fold.of(s);
            String f = LATIN1[c];
            if (out == null) {
                if (f.length() == 1 && f.charAt(0) == c) continue;  // unchanged so far: nothing to build yet
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            out.append(f);
        }
        return out == null ? s : out.toString();
    }
}
