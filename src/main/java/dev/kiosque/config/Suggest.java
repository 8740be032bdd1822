package dev.kiosque.config;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for misspelt keys: the closest known word by edit distance, if close enough. */
final class Suggest {

    /** Edits allowed between a typo and the word it stands for. */
    private static final int MAX_EDITS = 2;

    private Suggest() {}

    /** The closest of {@code known} to {@code typo}, or null when none is within {@link #MAX_EDITS}. */
    static String closest(String typo, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String t = typo.toLowerCase(Locale.ROOT);
        for (String word : known) {
            int d = distance(t, word.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = word;
                bestDistance = d;
            }
        }
        // why: a 2-letter typo of a 3-letter key would match anything; cap edits at a third of the word
        int allowed = Math.min(MAX_EDITS, Math.max(1, typo.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
