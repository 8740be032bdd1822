package dev.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link PlainText} (issue 6) give exactly what the slow paths give: on random
 * strings drawn from the characters the fast path accepts, mixed with ones it must refuse.
 */
class PlainTextFastPathTest {

    /** Every character {@link PlainText#stable} accepts, as ranges. */
    private static final char[][] STABLE = {{0xA1, 0xAC}, {0xAE, 0x2FF}, {0x400, 0x45F}, {0x621, 0x63A},
        {0x641, 0x64A}, {0x2010, 0x2027}, {0x2030, 0x205E}, {0x20A0, 0x20BF}, {0x3041, 0x3096},
        {0x30A1, 0x30FA}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}};

    /** Characters next to or among those: spaces, controls, format and bidi characters, combining marks, NFC singletons. */
    private static final String TRICKY = " \n\t\r\u000B\f\u001B\u007F\u0080\u0085\u009B\u00A0\u00AD\u0300\u0301\u0308\u0327"
            + "\u0340\u0344\u0374\u037E\u0387\u061C\u0653\u1100\u1161\u11A8\u180E\u2000\u2001\u2009\u200B\u200D\u200E"
            + "\u2028\u2029\u202A\u202E\u202F\u205F\u2060\u2066\u2126\u212B\u3000\u3099\u309A\uF900\uFEFF\uD83D\uDE00\uD800";

    @Property(tries = 1000)
    void fast_and_slow_paths_agree(@ForAll("texts") String s) {
        assertEquals(PlainText.sanitizeAll(s), PlainText.sanitize(s));
        assertEquals(PlainText.collapseAll(PlainText.sanitizeAll(s)), PlainText.line(s));
        assertEquals(PlainText.collapseAll(s), PlainText.collapse(s));
    }

    @Property(tries = 300)
    void clean_text_takes_the_fast_path(@ForAll("clean") String s) {
        assertSame(s, PlainText.sanitize(s));
        assertEquals(s, PlainText.sanitizeAll(s));
        assertSame(s, PlainText.line(s));
        assertEquals(s, PlainText.collapseAll(PlainText.sanitizeAll(s)));
    }

    @Test
    void every_stable_character_is_kept_and_already_nfc_next_to_any_other() {
        List<Character> all = new ArrayList<>();
        for (char[] range : STABLE) {
            for (char c = range[0]; c <= range[1]; c++) {
                assertTrue(PlainText.stable(c), Integer.toHexString(c));
                String s = "a" + c + "b";
                assertEquals(s, PlainText.sanitizeAll(s), Integer.toHexString(c));
                assertEquals(s, PlainText.collapseAll(s), Integer.toHexString(c));
                all.add(c);
            }
        }
        // pairs: NFC could compose two starters (Hangul LV + T, some Indic vowels); none here may
        for (int i = 0; i < all.size(); i += 7) {
            for (int j = 0; j < all.size(); j += 97) {
                String pair = "" + all.get(i) + all.get(j);
                assertTrue(Normalizer.isNormalized(pair, Normalizer.Form.NFC), pair);
            }
        }
    }

    @Test
    void every_pictograph_is_kept_and_already_nfc_next_to_any_other_character() {
        int[][] ranges = {{0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}};
        String neighbours = TRICKY + "aé一́";
        for (int[] range : ranges) {
            assertFalse(PlainText.pictograph(Character.highSurrogate(range[0] - 1), Character.lowSurrogate(range[0] - 1)));
            assertFalse(PlainText.pictograph(Character.highSurrogate(range[1] + 1), Character.lowSurrogate(range[1] + 1)));
            for (int c = range[0]; c <= range[1]; c++) {
                String emoji = new String(Character.toChars(c));
                assertTrue(PlainText.pictograph(emoji.charAt(0), emoji.charAt(1)), Integer.toHexString(c));
                String s = "a" + emoji + "b " + emoji;
                assertSame(s, PlainText.line(s), Integer.toHexString(c));
                assertEquals(s, PlainText.collapseAll(PlainText.sanitizeAll(s)), Integer.toHexString(c));
                for (int i = 0; i < neighbours.length(); i += 1 + c % 5) {
                    for (String t : List.of(neighbours.charAt(i) + emoji, emoji + neighbours.charAt(i), emoji + emoji)) {
                        assertEquals(PlainText.sanitizeAll(t), PlainText.sanitize(t), t);
                        assertEquals(PlainText.collapseAll(PlainText.sanitizeAll(t)), PlainText.line(t), t);
                    }
                }
            }
        }
        assertFalse(PlainText.pictograph('\uD83D', 'a'));
        assertFalse(PlainText.pictograph('a', '\uDE00'));
        assertFalse(PlainText.line("\uD83D").equals("\uD83D") && PlainText.pictograph('\uD83D', '\uD83D'));
    }

    @Test
    void characters_around_the_ranges_are_not_stable() {
        for (char c : TRICKY.toCharArray()) assertFalse(PlainText.stable(c), Integer.toHexString(c));
        for (char[] range : STABLE) {
            if (range[0] > 0xA1) assertFalse(PlainText.stable((char) (range[0] - 1)), Integer.toHexString(range[0] - 1));
            assertFalse(PlainText.stable((char) (range[1] + 1)), Integer.toHexString(range[1] + 1));
        }
    }

    @Test
    void a_few_cases_by_hand() {
        assertSame("Élection présidentielle : « le débat » – 2025", PlainText.line("Élection présidentielle : « le débat » – 2025"));
        assertEquals("a b", PlainText.line(" a  b "));
        assertEquals("a b", PlainText.line("a\u00A0b"));
        assertEquals("e\u0301".length() - 1, PlainText.line("e\u0301").length());   // composed to é
        assertEquals("ab", PlainText.line("a\u00ADb"));
        assertEquals("a\nb\t", PlainText.sanitize("a\nb\t"));
        assertEquals("a b", PlainText.collapse("a\nb"));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> stable = stableChars();
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> tricky = Arbitraries.of(TRICKY.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<Character> any = Arbitraries.chars();
        return Arbitraries.frequencyOf(
                        Tuple.of(6, ascii), Tuple.of(6, stable),
                        Tuple.of(1, tricky), Tuple.of(1, any))
                .list().ofMaxSize(40).map(PlainTextFastPathTest::join);
    }

    @Provide
    Arbitrary<String> clean() {
        Arbitrary<Character> letters = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.chars().range('!', '~')), Tuple.of(3, stableChars()));
        Arbitrary<String> word = letters.list().ofMinSize(1).ofMaxSize(8).map(PlainTextFastPathTest::join);
        return word.list().ofMaxSize(8).map(words -> String.join(" ", words));
    }

    private static Arbitrary<Character> stableChars() {
        List<Arbitrary<Character>> ranges = new ArrayList<>();
        for (char[] range : STABLE) ranges.add(Arbitraries.chars().range(range[0], range[1]));
        return Arbitraries.oneOf(ranges);
    }

    private static String join(List<Character> chars) {
        StringBuilder out = new StringBuilder(chars.size());
        for (char c : chars) out.append(c);
        return out.toString();
    }
}
