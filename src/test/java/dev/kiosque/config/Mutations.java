package dev.kiosque.config;

import java.util.Random;

/** Random small edits of a file's text, for robustness tests of the config readers. */
final class Mutations {

    private Mutations() {}

    /** {@code base} with one to three characters deleted, or inserted from {@code alphabet}. */
    static StringBuilder of(String base, String alphabet, Random random) {
        StringBuilder text = new StringBuilder(base);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(text.length());
            if (random.nextBoolean()) {
                text.deleteCharAt(at);
            } else {
                text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return text;
    }
}
