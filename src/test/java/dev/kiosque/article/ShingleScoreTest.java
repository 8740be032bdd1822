package dev.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java port agrees with score.py on hand-computed cases. */
class ShingleScoreTest {

    @Test
    void tokens_are_letters_digits_and_underscore_runs() {
        assertEquals(List.of("L", "été", "2025", "a_b", "日本語"), ShingleScore.tokens("L’été, 2025! a_b 日本語"));
    }

    @Test
    void identical_texts_score_one_and_extra_words_lower_precision() {
        ShingleScore.Page same = ShingleScore.page("one two three four five", "one two three four five");
        assertEquals(new ShingleScore.Page(2, 0, 0), same);
        ShingleScore.Page extra = ShingleScore.page("one two three four five", "one two three four five six");
        assertEquals(new ShingleScore.Page(2, 1, 0), extra);
    }

    @Test
    void short_texts_make_one_shorter_shingle() {
        assertEquals(new ShingleScore.Page(1, 0, 0), ShingleScore.page("a b", "a b"));
        assertEquals(new ShingleScore.Page(0, 1, 1), ShingleScore.page("a b", "a c"));
    }

    @Test
    void f1_is_the_harmonic_mean_of_macro_averages() {
        ShingleScore.Result r = ShingleScore.aggregate(List.of(new ShingleScore.Page(1, 1, 0),
                new ShingleScore.Page(1, 0, 1)));
        assertEquals(0.75, r.precision(), 1e-9);
        assertEquals(0.75, r.recall(), 1e-9);
        assertEquals(0.75, r.f1(), 1e-9);
    }
}
