package dev.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TruncateTest {

    @Test
    void text_that_fits_is_unchanged() {
        assertEquals("Bonjour", Truncate.cut("Bonjour", 7));
        assertEquals("Bonjour", Truncate.cut("Bonjour", 20));
    }

    @Test
    void cut_text_ends_with_an_ellipsis_within_the_width() {
        assertEquals("Bonjo…", Truncate.cut("Bonjour le monde", 6));
        assertEquals("Le…", Truncate.cut("Le monde", 4));          // no space left before the mark
        assertEquals("…", Truncate.cut("Bonjour", 1));
        assertEquals("", Truncate.cut("Bonjour", 0));
    }

    @Test
    void wide_characters_are_never_split_in_half() {
        assertEquals("日…", Truncate.cut("日本語", 4));
        assertEquals("日本", Truncate.clip("日本語", 5));
        assertEquals("日本…", Truncate.pad("日本語テキスト", 6).strip());
        assertEquals(6, DisplayWidth.of(Truncate.pad("日本語テキスト", 6)));
        assertEquals("日本…", Truncate.pad("日本語", 5));
    }

    @Test
    void clusters_are_kept_whole() {
        String family = "👨\u200D👩\u200D👧";
        assertEquals("a" + family, Truncate.clip("a" + family + "b", 3));
        assertEquals("a", Truncate.clip("a" + family + "b", 2));
        String decomposed = Normalizer.normalize("été", Normalizer.Form.NFD);
        assertEquals(decomposed.substring(0, 3), Truncate.clip(decomposed, 2));
        assertEquals("a🇫🇷", Truncate.clip("a🇫🇷🇲🇱", 4));
    }

    @Test
    void pad_fills_to_the_exact_width() {
        assertEquals("Noël  ", Truncate.pad("Noël", 6));
        assertEquals("  Noël", Truncate.padStart("Noël", 6));
        assertEquals("東京  ", Truncate.pad("東京", 6));
        assertEquals("😀   ", Truncate.pad("😀", 5));
        assertEquals("    ", Truncate.pad(null, 4));
    }

    @Test
    void tabs_and_line_breaks_become_spaces() {
        assertEquals("a b c", Truncate.cut("a\tb\nc", 10));
        assertEquals("a b…", Truncate.cut("a\tb\ncdef", 4));
        for (int w = 0; w < 12; w++) {
            assertTrue(DisplayWidth.of(Truncate.cut("x\ty😀z日本\n", w)) <= w);
        }
    }
}
