package dev.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void ascii_counts_one_column_per_character() {
        assertEquals(11, DisplayWidth.of("hello world"));
        assertEquals(0, DisplayWidth.of(""));
        assertEquals(0, DisplayWidth.of((String) null));
    }

    @Test
    void french_accents_count_one_column_precomposed_or_decomposed() {
        String precomposed = "Élysée, février, Noël";
        String decomposed = Normalizer.normalize(precomposed, Normalizer.Form.NFD);
        assertTrue(decomposed.length() > precomposed.length());
        assertEquals(21, DisplayWidth.of(precomposed));
        assertEquals(21, DisplayWidth.of(decomposed));
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(1, DisplayWidth.of("e\u0301\u0323"));   // two stacked marks
    }

    @Test
    void arabic_letters_count_one_and_harakat_count_zero() {
        assertEquals(5, DisplayWidth.of("مرحبا"));
        assertEquals(3, DisplayWidth.of("كَتَبَ"));             // fatha marks are combining
    }

    @Test
    void cjk_ideographs_kana_hangul_and_fullwidth_forms_count_two() {
        assertEquals(6, DisplayWidth.of("日本語"));
        assertEquals(4, DisplayWidth.of("ひら"));
        assertEquals(4, DisplayWidth.of("한국"));
        assertEquals(4, DisplayWidth.of("ＡＢ"));
        assertEquals(2, DisplayWidth.of("、"));
        assertEquals(2, DisplayWidth.of("\u1112\u1161\u11AB"));  // 한 spelled in conjoining jamo
        assertEquals(1, DisplayWidth.of("ｱ"));                   // halfwidth katakana
    }

    @Test
    void emoji_count_two_including_sequences() {
        assertEquals(2, DisplayWidth.of("😀"));
        assertEquals(2, DisplayWidth.of("👍🏽"));                                 // skin tone
        assertEquals(2, DisplayWidth.of("👨\u200D👩\u200D👧\u200D👦"));          // ZWJ family
        assertEquals(2, DisplayWidth.of("🏳\uFE0F\u200D🌈"));                    // rainbow flag
        assertEquals(2, DisplayWidth.of("🇫🇷"));                                  // flag pair
        assertEquals(4, DisplayWidth.of("🇫🇷🇲🇱"));                              // two flags
        assertEquals(2, DisplayWidth.of("❤\uFE0F"));                              // emoji presentation
        assertEquals(1, DisplayWidth.of("❤"));                                     // text presentation
        assertEquals(2, DisplayWidth.of("1\uFE0F\u20E3"));                         // keycap
        assertEquals(2, DisplayWidth.of("🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F"));
        assertEquals(1, DisplayWidth.of("🇫"));                                    // lone regional indicator
    }

    @Test
    void zero_width_and_format_characters_count_zero() {
        assertEquals(0, DisplayWidth.of("\u200B\u200C\u200D\u2060\uFEFF"));
        assertEquals(0, DisplayWidth.of("\uFE0F"));
        assertEquals(2, DisplayWidth.of("a\u00ADb"));
        assertEquals(0, DisplayWidth.of("\t\n\u001b\u009b"));
    }

    @Test
    void mixed_text_adds_up() {
        assertEquals(2 + 1 + 4 + 1 + 2, DisplayWidth.of("Ça 日本 👍🏽"));
    }

    @Test
    void single_code_points_have_their_table_width() {
        assertEquals(1, DisplayWidth.of('a'));
        assertEquals(0, DisplayWidth.of(0x0301));
        assertEquals(2, DisplayWidth.of(0x4E2D));
        assertEquals(2, DisplayWidth.of(0x1F600));
        assertEquals(1, DisplayWidth.of(0x2600));   // ☀ defaults to text presentation
        assertEquals(2, DisplayWidth.of(0x20000));  // CJK extension B
        assertEquals(0, DisplayWidth.of(0x07));
    }

    @Test
    void range_tables_are_sorted_pairs() {
        assertTrue(Emoji.tablesAreSorted());
    }

    @Test
    void string_width_is_the_sum_of_cluster_widths() {
        String text = "Le Président a dit « ça va » 😀 à 東京 🇯🇵 e\u0301 👩\u200D💻!";
        int sum = 0;
        for (String cluster : Graphemes.split(text)) sum += DisplayWidth.of(cluster);
        assertEquals(sum, DisplayWidth.of(text));
    }
}
