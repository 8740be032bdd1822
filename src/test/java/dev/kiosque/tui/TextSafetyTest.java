package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyType;
import dev.kiosque.app.ArticleResult;
import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Headline;
import dev.kiosque.text.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Untrusted text from feeds: controls never reach the terminal, wide scripts line up and are cut to fit. */
class TextSafetyTest {

    private static FakeLibrary withTitles(String... titles) {
        return new FakeLibrary().section("Monde", titles);
    }

    private static void assertNoControls(Harness h) {
        for (int r = 0; r < h.screen.getTerminalSize().getRows(); r++) {
            for (int c = 0; c < h.screen.getTerminalSize().getColumns(); c++) {
                TextCharacter ch = h.terminal.getCharacter(c, r);
                ch.getCharacterString().codePoints().forEach(cp -> assertFalse(
                        cp < 0x20 || (cp >= 0x7F && cp < 0xA0), "control U+" + Integer.toHexString(cp)));
            }
        }
    }

    @Test
    void control_characters_in_titles_never_reach_the_screen() {
        FakeLibrary lib = withTitles("Evil\u001b[31mRED\u0007 title\u009b2J\u0000x\nsecond line",
                "\u001b]0;pwned\u0007Tab\there");
        Headline first = lib.sections.get("Monde").get(0);
        lib.sections.get("Monde").set(0, new Headline(first.id(), first.section(), "Feed\u0085\u001b[1m",
                first.title(), first.link(), null, first.published(), null, List.of(), false, false));
        Harness h = new Harness(lib, 100, 30);
        assertNoControls(h);
        assertTrue(h.text().contains("EvilRED titlex second line"), h.text());
        assertTrue(h.text().contains("Tab here"));
        assertFalse(h.text().contains("pwned"));
    }

    @Test
    void control_characters_in_an_article_never_reach_the_screen() {
        FakeLibrary lib = withTitles("Title\u001b[2J");
        lib.articles = hl -> new ArticleResult(hl, new Article(hl.link(), "Bad\u009b31mtitle", "by\u0007 me", null,
                null, null, "en", List.of(Block.of(Block.Kind.PARAGRAPH, "Body\u001b[5m with\u0000 bell\u0007")),
                List.of()), ArticleResult.Origin.CACHE, null);
        Harness h = new Harness(lib, 100, 30);
        h.press(KeyType.Enter).runWorkers();
        assertNoControls(h);
        assertTrue(h.text().contains("Body with bell"), h.text());
    }

    @Test
    void cjk_titles_are_cut_to_fit_by_display_width() {
        String cjk = "東京で大規模な地震が発生しました。政府は緊急会議を開き被害状況を確認しています";
        Harness h = new Harness(withTitles(cjk), 60, 12);
        h.press(KeyType.Enter);                  // narrow layout starts on the sections screen
        h.press(KeyType.Escape).press(KeyType.Enter);
        int row = h.rowOf("東京");
        assertTrue(row > 0, h.text());
        String shown = h.row(row);
        assertTrue(shown.endsWith("…"), shown);
        assertTrue(DisplayWidth.of(shown) <= 60, "width " + DisplayWidth.of(shown));
        assertEquals(shown, h.terminalRow(row), "Lanterna and the terminal agree on every column");
    }

    @Test
    void emoji_and_arabic_line_up_with_the_text_after_them() {
        String emoji = "Match 👍🏽 🇫🇷 👨‍👩‍👧 ❤️ fin";
        String arabic = "مرحبا بالعالم العربي";
        Harness h = new Harness(withTitles(emoji, arabic), 100, 20);
        int row = h.rowOf("Match");
        String shown = h.row(row);
        assertEquals(shown, h.terminalRow(row));
        int titleColumn = DisplayWidth.of(shown.substring(0, shown.indexOf("Match")));
        int finColumn = titleColumn + DisplayWidth.of(emoji.substring(0, emoji.indexOf("fin")));
        assertEquals("f", h.terminal.getCharacter(finColumn, row).getCharacterString(), shown);
        int arabicRow = h.rowOf("مرحبا");
        assertTrue(h.row(arabicRow).contains(arabic), "logical order, no reordering");
        assertEquals(h.row(arabicRow), h.terminalRow(arabicRow));
    }

    @Test
    void wide_titles_stay_inside_their_pane_at_every_width() {
        List<String> titles = new ArrayList<>();
        titles.add("한국어 제목이 아주 길어서 잘려야 합니다 한국어 제목이 아주 길어서 잘려야 합니다");
        titles.add("Émission spéciale : « la réforme » expliquée en détail, étape par étape, à l'Assemblée");
        titles.add("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀");
        Harness h = new Harness(withTitles(titles.toArray(String[]::new)), 100, 20);
        for (int width : new int[] {81, 80, 79, 45, 40}) {
            h.resize(width, 20);
            for (int r = 0; r < 20; r++) {
                assertTrue(DisplayWidth.of(h.row(r)) <= width, width + ": " + h.row(r));
                assertEquals(h.row(r), h.terminalRow(r), width + " row " + r);
            }
        }
    }
}
