package dev.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Latin-1 fast path of {@link Fold#of} folds exactly as the folding itself. */
class FoldTest {

    @Test
    void every_latin1_character_and_pair_folds_as_fold_does() {
        for (char a = 0; a < 256; a++) {
            assertEquals(Fold.slowly(String.valueOf(a)), Fold.of(String.valueOf(a)), "U+" + Integer.toHexString(a));
            for (char b = 0; b < 256; b++) {
                String s = "" + a + b;
                assertEquals(Fold.slowly(s), Fold.of(s), s);
            }
        }
    }

    @Test
    void random_text_folds_as_fold_does() {
        Random random = new Random(6);
        String[] samples = {"Février", "ÉTÉ", "Œuvre", "Straße", "l’été", "Ünïcödé", "ǅemal", "e\u0301te", "Ω ΣΑΣ",
            "日本語", "😀 x", "\u00a0nbsp", "½ ¼ ² µ ª º", "", "plain ascii Title 42"};
        for (String sample : samples) assertEquals(Fold.slowly(sample), Fold.of(sample), sample);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                int kind = random.nextInt(10);
                char c = kind < 6 ? (char) random.nextInt(128) : kind < 9 ? (char) random.nextInt(256)
                        : (char) random.nextInt(0x3000);
                sb.append(c);
            }
            String s = sb.toString();
            assertEquals(Fold.slowly(s), Fold.of(s), s);
        }
        assertEquals("", Fold.of(null));
    }
}
