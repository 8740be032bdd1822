package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.kiosque.app.ArticleResult;
import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleViewTest {

    private static FakeLibrary news() {
        return new FakeLibrary()
                .section("Politique", "Budget voté", "Élections municipales")
                .section("Sports", "Victoire des Lions");
    }

    @Test
    void a_loading_indicator_shows_until_the_worker_posts_the_article() {
        Harness h = new Harness(news(), 100, 30);
        h.press(KeyType.Enter);
        assertTrue(h.row(0).contains("loading…"), h.row(0));
        assertTrue(h.text().contains("Budget voté"));
        assertFalse(h.text().contains("Body of Budget voté"));
        h.runWorkers();
        assertTrue(h.text().contains("Body of Budget voté"));
        assertTrue(h.row(0).endsWith(" · All"), "the whole article is on screen: " + h.row(0));
    }

    @Test
    void esc_while_loading_cancels_and_the_late_result_is_ignored() {
        Harness h = new Harness(news(), 100, 30);
        h.press(KeyType.Enter).press(KeyType.Escape);
        assertTrue(h.row(0).contains("Politique"));
        h.runWorkers();
        assertTrue(h.row(0).contains("Politique"), "still the list: " + h.row(0));
        assertFalse(h.text().contains("Body of"));
    }

    @Test
    void an_unavailable_article_shows_its_message_in_the_status_line() {
        FakeLibrary lib = news();
        lib.unavailable = "not cached and offline";
        Harness h = new Harness(lib, 100, 30, new TuiOptions(true, Locale.ENGLISH, true, Map.of()));
        h.press(KeyType.Enter).runWorkers();
        assertTrue(h.lastRow().contains("article unavailable: not cached and offline"), h.lastRow());
        assertTrue(h.row(0).contains("Politique"));
    }

    @Test
    void the_note_of_a_result_shows_in_the_status_line() {
        FakeLibrary lib = news();
        lib.articles = hl -> new ArticleResult(hl, FakeLibrary.article(hl), ArticleResult.Origin.SUMMARY,
                "Only the feed's summary.");
        Harness h = new Harness(lib, 100, 30);
        h.press(KeyType.Enter).runWorkers();
        assertTrue(h.lastRow().contains("Only the feed's summary."), h.lastRow());
    }

    @Test
    void preformatted_text_keeps_its_spaces_and_columns() {
        FakeLibrary lib = news();
        lib.articles = hl -> new ArticleResult(hl, new Article(hl.link(), hl.title(), null, null, null, null, "fr",
                List.of(Block.of(Block.Kind.PREFORMATTED, "Poste      LFI   LFR\nDéfense    612   668")), List.of()),
                ArticleResult.Origin.CACHE, null);
        Harness h = new Harness(lib, 100, 30);
        h.press(KeyType.Enter).runWorkers();
        assertTrue(h.text().contains("Poste      LFI   LFR"), h.text());
        assertTrue(h.text().contains("Défense    612   668"), h.text());
    }

    @Test
    void long_articles_scroll_and_show_the_position_in_percent() {
        FakeLibrary lib = news();
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 100; i++) blocks.add(Block.of(Block.Kind.PARAGRAPH, "Paragraph " + i));
        lib.articles = hl -> new ArticleResult(hl, new Article(hl.link(), hl.title(), null, null, null, null, "fr",
                blocks, List.of()), ArticleResult.Origin.CACHE, null);
        Harness h = new Harness(lib, 100, 30);
        h.press(KeyType.Enter).runWorkers();
        String before = h.row(0);
        assertTrue(before.endsWith(" · Top"), before);
        h.type("j");
        assertTrue(h.row(0).matches(".* · [0-9]{1,2}%"), "the bottom line's position: " + h.row(0));
        h.type("G");
        assertTrue(h.row(0).endsWith("100%"), h.row(0));
        assertTrue(h.text().contains("Paragraph 100"));
        h.type("g");
        assertEquals(before, h.row(0));
        h.type(" ");
        assertFalse(h.text().contains("Paragraph 1\n"));
    }

    @Test
    void o_hands_the_article_url_to_the_browser_as_one_argument() {
        FakeLibrary lib = news();
        Harness h = new Harness(lib, 100, 30, new TuiOptions(true, Locale.ENGLISH, false,
                Map.of("BROWSER", "lynx -accept_all_cookies")));
        h.press(KeyType.Enter).runWorkers();
        h.terminal.isWholeBufferDirtyThenReset();
        h.type("o");
        assertTrue(h.terminal.isWholeBufferDirtyThenReset(), "complete repaint after the browser");
        String url = lib.sections.get("Politique").get(0).link();
        assertEquals(List.of(List.of("lynx", "-accept_all_cookies", url)), h.launched);
        assertTrue(h.screen.getTerminal() != null);
        assertTrue(h.text().contains("Body of Budget voté"), "screen restored");
    }

    @Test
    void keys_typed_while_the_browser_ran_are_dropped() {
        Harness h = new Harness(news(), 100, 30);
        h.press(KeyType.Enter).runWorkers();
        h.ui.post(new UiEvent.Key(new com.googlecode.lanterna.input.KeyStroke('o', false, false)));
        h.ui.post(new UiEvent.Key(new com.googlecode.lanterna.input.KeyStroke('q', false, false)));
        h.pump();
        assertEquals(1, h.launched.size());
        assertTrue(h.text().contains("Body of Budget voté"), "the q typed meanwhile did not go back");
    }

    @Test
    void only_web_links_reach_the_browser() {
        FakeLibrary lib = news();
        lib.articles = hl -> new ArticleResult(hl, new Article("javascript:alert(1)", hl.title(), null, null, null,
                null, "en", List.of(Block.of(Block.Kind.PARAGRAPH, "x")), List.of("file:///etc/passwd",
                "https://example.org/ok")), ArticleResult.Origin.CACHE, null);
        Harness h = new Harness(lib, 100, 30);
        h.press(KeyType.Enter).runWorkers().type("o");
        assertTrue(h.launched.isEmpty());
        assertTrue(h.lastRow().contains("not a web link"), h.lastRow());
        h.type("1");
        assertTrue(h.launched.isEmpty());
        h.type("2");
        assertEquals(List.of(List.of("xdg-open", "https://example.org/ok")), h.launched);
    }

    @Test
    void u_lists_the_links_and_a_digit_opens_one() {
        Harness h = new Harness(news(), 100, 30);
        h.press(KeyType.Enter).runWorkers().type("u");
        assertTrue(h.row(0).contains("links · 2"), h.row(0));
        assertTrue(h.text().contains("1. https://example.org/a"));
        h.type("2");
        assertEquals(List.of(List.of("xdg-open", "https://example.org/b")), h.launched);
        h.type("j").press(KeyType.Enter);
        assertEquals(List.of("xdg-open", "https://example.org/b"), h.launched.get(1));
        h.type("q");
        assertTrue(h.text().contains("Body of Budget voté"));
    }

    @Test
    void the_browser_setting_is_used_when_browser_is_unset() {
        FakeLibrary lib = news();
        var d = lib.settings;
        lib.settings = new dev.kiosque.config.Settings(d.jobs(), d.perHost(), d.timeout(), d.articleBytes(),
                d.prefetch(), d.prefetchSections(), d.keep(), false, "firefox --new-tab");
        Harness h = new Harness(lib, 100, 30);
        h.type("o");
        assertEquals(List.of("firefox", "--new-tab", lib.sections.get("Politique").get(0).link()), h.launched.get(0));
    }

    @Test
    void n_in_an_article_opens_the_next_unread_item() {
        FakeLibrary lib = news();
        Harness h = new Harness(lib, 100, 30);
        h.press(KeyType.Enter).runWorkers().type("n").runWorkers();
        assertTrue(h.text().contains("Body of Élections municipales"), h.text());
        h.type("n").runWorkers();
        assertTrue(h.text().contains("Body of Victoire des Lions"), h.text());
        h.type("n");
        assertTrue(h.lastRow().contains("no more unread items"), h.lastRow());
    }
}
