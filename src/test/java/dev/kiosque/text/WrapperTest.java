package dev.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrapperTest {

    private static final String FRENCH = "Le Mali et le Sénégal vont renforcer la coopération militaire, "
            + "a déclaré le porte-parole du gouvernement à Dakar vendredi.";

    @Test
    void wraps_at_spaces_without_exceeding_the_width() {
        assertEquals(List.of("Le Mali et le Sénégal", "vont renforcer la", "coopération militaire,"),
                Wrapper.wrap("Le Mali et le Sénégal vont renforcer la coopération militaire,", 22));
    }

    @Test
    void decomposed_accents_measure_like_precomposed_ones() {
        String nfd = Normalizer.normalize(FRENCH, Normalizer.Form.NFD);
        List<String> a = Wrapper.wrap(FRENCH, 30);
        List<String> b = Wrapper.wrap(nfd, 30);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i), Normalizer.normalize(b.get(i), Normalizer.Form.NFC));
        }
    }

    @Test
    void breaks_after_a_hyphen_between_letters_when_needed() {
        assertEquals(List.of("le porte-", "parole"), Wrapper.wrap("le porte-parole", 10));
        assertEquals(List.of("le porte-parole"), Wrapper.wrap("le porte-parole", 15));
        assertEquals(List.of("vitesse 90 km/", "h"), Wrapper.wrap("vitesse 90 km/h", 14));
    }

    @Test
    void long_words_are_broken_only_when_longer_than_a_line() {
        List<String> expected = List.of("a", "anticonstitu", "tionnellemen", "t");
        assertEquals(expected, Wrapper.wrap("a anticonstitutionnellement", 12));
        assertEquals(expected, Wrapper.wrap("a anticonstitu\u00ADtionnellement", 12));  // soft hyphen dropped
        assertEquals(List.of("a bc", "defgh"), Wrapper.wrap("a bc defgh", 5));
    }

    @Test
    void cjk_breaks_between_ideographs_but_not_before_closing_punctuation() {
        List<String> lines = Wrapper.wrap("東京都は日本の首都である。人口は多い。", 10);
        assertEquals(List.of("東京都は日", "本の首都で", "ある。人口", "は多い。"), lines);
        List<String> tight = Wrapper.wrap("首都である。", 10);
        assertEquals(List.of("首都であ", "る。"), tight);
    }

    @Test
    void emoji_clusters_are_never_split() {
        String family = "👨\u200D👩\u200D👧\u200D👦";
        List<String> lines = Wrapper.wrap(family.repeat(5), 5);
        assertEquals(List.of(family + family, family + family, family), lines);
        List<String> flags = Wrapper.wrap("Drapeaux 🇫🇷🇲🇱🇸🇳 et 👍🏽", 11);
        assertEquals(List.of("Drapeaux", "🇫🇷🇲🇱🇸🇳 et", "👍🏽"), flags);
    }

    @Test
    void arabic_text_wraps_at_spaces_in_logical_order() {
        List<String> lines = Wrapper.wrap("قال المتحدث باسم الحكومة إن التعاون العسكري سيتعزز", 20);
        for (String line : lines) assertTrue(DisplayWidth.of(line) <= 20, line);
        assertEquals("قال المتحدث باسم", lines.get(0));
        assertEquals("قال المتحدث باسم الحكومة إن التعاون العسكري سيتعزز", String.join(" ", lines));
    }

    @Test
    void prefixes_give_a_hanging_indent() {
        Wrapper w = Wrapper.of(16).withPrefixes("• ", "  ");
        assertEquals(List.of("• un deux trois", "  quatre cinq", "  six"), w.wrap("un deux trois quatre cinq six"));
        Wrapper quote = Wrapper.of(12).withPrefixes("│ ", "│ ");
        assertEquals(List.of("│ un deux", "│", "│ trois"), quote.wrap("un deux\n\ntrois"));
    }

    @Test
    void spaces_collapse_and_tabs_count_as_spaces() {
        assertEquals(List.of("a b c"), Wrapper.wrap("  a \t b   c  ", 20));
        assertEquals(List.of(), Wrapper.wrap("   ", 20));
        assertEquals(List.of(), Wrapper.wrap(null, 20));
    }

    @Test
    void no_break_spaces_glue_words_together() {
        assertEquals(List.of("Pourquoi", "donc\u00A0?"), Wrapper.wrap("Pourquoi donc\u00A0?", 9));
        assertEquals(List.of("un texte", "lié\u00A0[12]"), Wrapper.wrap("un texte lié\u00A0[12]", 10));
    }

    @Test
    void prefix_wider_than_the_width_is_clipped() {
        List<String> lines = new Wrapper(6, "########", "").wrap("abc");
        for (String line : lines) assertTrue(DisplayWidth.of(line) <= 6, line);
        assertThrows(IllegalArgumentException.class, () -> Wrapper.of(0));
    }

    @Test
    void no_line_is_ever_wider_than_the_width() {
        String text = "Ça va 😀 très bien, 東京と大阪 👨\u200D👩\u200D👧 🇫🇷 supercalifragilisticexpialidocious "
                + "http://example.com/a/very/long/path?with=query&and=more مرحبا بالعالم e\u0301te\u0301 ー。";
        for (int width = 1; width <= 60; width++) {
            for (String line : Wrapper.of(width).withPrefixes("> ", "  ").wrap(text)) {
                int limit = width == 1 ? 2 : width;   // a lone two-column cluster on a one-column line
                assertTrue(DisplayWidth.of(line) <= limit, width + ": " + line);
            }
        }
    }

    @Test
    void wrapping_loses_no_text() {
        String text = "Le Président 😀 a dit: 東京と大阪 👨\u200D👩\u200D👧 🇫🇷 anticonstitutionnellement.";
        for (int width = 2; width <= 40; width++) {
            String joined = String.join("", Wrapper.wrap(text, width)).replace(" ", "");
            assertEquals(text.replace(" ", ""), joined, "width " + width);
        }
    }
}
