package dev.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphemesTest {

    @Test
    void combining_marks_stay_with_their_base() {
        assertEquals(List.of("e\u0301", "t", "e\u0301"), Graphemes.split("e\u0301te\u0301"));
    }

    @Test
    void emoji_sequences_are_one_cluster() {
        assertEquals(List.of("👨\u200D👩\u200D👧", "!"), Graphemes.split("👨\u200D👩\u200D👧!"));
        assertEquals(List.of("👍🏿", "👍"), Graphemes.split("👍🏿👍"));
        assertEquals(List.of("❤\uFE0F"), Graphemes.split("❤\uFE0F"));
    }

    @Test
    void regional_indicators_pair_up_two_by_two() {
        assertEquals(List.of("🇫🇷", "🇲🇱", "🇸"), Graphemes.split("🇫🇷🇲🇱🇸"));
    }

    @Test
    void crlf_is_one_cluster_and_controls_stand_alone() {
        assertEquals(List.of("a", "\r\n", "\u0301"), Graphemes.split("a\r\n\u0301"));
    }

    @Test
    void conjoining_jamo_make_one_syllable() {
        assertEquals(List.of("\u1112\u1161\u11AB", "\uAD6D"), Graphemes.split("\u1112\u1161\u11AB\uAD6D"));
    }

    @Test
    void zwj_between_non_emoji_does_not_join_the_next_letter() {
        assertEquals(List.of("a\u200D", "b"), Graphemes.split("a\u200Db"));
    }

    @Test
    void next_at_the_end_returns_the_length() {
        assertEquals(3, Graphemes.next("abc", 3));
        assertEquals(2, Graphemes.next("ab", 1));
    }
}
