package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every newsroom feed (copied from ../shared/newsroom) gives exactly the items of expected/feeds.json. */
class NewsroomFeedsTest {

    private static final String ORIGIN = "http://127.0.0.1:8765/";
    private static final JsonNode EXPECTED = JsonMapper.builder().build()
            .readTree(Fixtures.bytes("newsroom/expected/feeds.json"));

    @ParameterizedTest
    @ValueSource(strings = {"feeds/politique.xml", "feeds/sports.atom", "feeds/business.json",
        "feeds/societe-rdf.xml", "feeds/broken.xml"})
    void each_feed_gives_exactly_the_expected_items(String path) throws FeedException {
        JsonNode expected = EXPECTED.get(path);
        ParsedFeed feed = Fixtures.feed("newsroom/" + path, ORIGIN + path);
        assertEquals(expected.get("title").stringValue(), feed.meta().title());
        assertEquals(expected.get("link").stringValue(), feed.meta().link());
        List<JsonNode> items = new ArrayList<>(expected.get("items").values());
        assertEquals(items.size(), feed.items().size(), "item count");
        for (int i = 0; i < items.size(); i++) {
            JsonNode want = items.get(i);
            Item got = feed.items().get(i);
            assertEquals(want.get("title").stringValue(), got.title());
            assertEquals(want.get("link").stringValue(), got.link());
            assertEquals(Instant.parse(want.get("published").stringValue()), got.published(), got.title());
            assertEquals(want.get("author").stringValue(), got.author());
            List<String> categories = new ArrayList<>();
            want.get("categories").values().forEach(c -> categories.add(c.stringValue()));
            assertEquals(categories, got.categories());
        }
    }

    @Test
    void formats_are_sniffed_from_the_content() throws FeedException {
        assertEquals("rss2.0", Fixtures.feed("newsroom/feeds/politique.xml").format());
        assertEquals("atom1.0", Fixtures.feed("newsroom/feeds/sports.atom").format());
        assertEquals("json1.1", Fixtures.feed("newsroom/feeds/business.json").format());
        assertEquals("rss1.0", Fixtures.feed("newsroom/feeds/societe-rdf.xml").format());
    }

    @Test
    void broken_feed_is_marked_incomplete_and_keeps_three_items() throws FeedException {
        ParsedFeed feed = Fixtures.feed("newsroom/feeds/broken.xml", ORIGIN + "feeds/broken.xml");
        assertFalse(feed.complete());
        assertEquals(3, feed.items().size());
        assertEquals("Les sapeurs-pompiers sont intervenus vers 3 heures du matin : aucune victime, mais une dizaine de boutiques détruites.",
                feed.items().get(1).summary());
    }

    @Test
    void only_the_first_politique_item_has_full_content() throws FeedException {
        ParsedFeed feed = Fixtures.feed("newsroom/feeds/politique.xml");
        assertNotNull(feed.items().get(0).contentHtml());
        for (int i = 1; i < 4; i++) assertNull(feed.items().get(i).contentHtml());
    }

    @Test
    void atom_content_kinds_are_kept_as_html() throws FeedException {
        ParsedFeed feed = Fixtures.feed("newsroom/feeds/sports.atom");
        assertNull(feed.items().get(0).contentHtml(), "summary only");
        assertTrue(feed.items().get(1).contentHtml().contains("<figure>"), "escaped html");
        String xhtml = Html.toPlainText(feed.items().get(2).contentHtml());
        assertTrue(xhtml.startsWith("Organisers of the Bamako international half marathon"), xhtml);
        assertTrue(xhtml.contains("\n\nRegistrations opened in December"), "paragraphs stay apart");
    }

    @Test
    void json_feed_content_text_becomes_escaped_html() throws FeedException {
        Item item = Fixtures.feed("newsroom/feeds/business.json").items().get(1);
        assertTrue(item.contentHtml().startsWith("Cross-border transfers"));
        assertEquals(Instant.parse("2025-02-11T14:20:00Z"), item.published());
    }

    @Test
    void section_page_is_read_with_its_selectors() throws FeedException {
        JsonNode expected = EXPECTED.get("sections/societe.html");
        HtmlRule rule = new HtmlRule("div.rubrique-list article.teaser", "h2.teaser-title", "p.teaser-date", "p.teaser-text");
        ParsedFeed page = HtmlSource.read(Fixtures.bytes("newsroom/sections/societe.html"),
                ORIGIN + "sections/societe.html", null, rule);
        assertTeasers(expected, page, true);
        assertEquals("Privés d’électricité parfois plus de douze heures par jour, les artisans de la capitale voient leur chiffre d’affaires fondre.",
                page.items().get(0).summary());
    }

    @Test
    void the_expected_link_selector_alone_gives_the_teasers() throws FeedException {
        JsonNode expected = EXPECTED.get("sections/societe.html");
        HtmlRule rule = new HtmlRule(expected.get("selector").stringValue(), null, null, null);
        ParsedFeed page = HtmlSource.read(Fixtures.bytes("newsroom/sections/societe.html"),
                ORIGIN + "sections/societe.html", null, rule);
        assertTeasers(expected, page, false);
    }

    @Test
    void suggest_finds_the_four_teasers_and_not_the_ad_or_sidebar() throws FeedException {
        byte[] html = Fixtures.bytes("newsroom/sections/societe.html");
        Optional<HtmlRule> rule = HtmlSource.suggest(html, ORIGIN + "sections/societe.html", null);
        assertEquals(Optional.of(new HtmlRule("div.rubrique-list article.teaser", "h2.teaser-title a", "p.teaser-date",
                "p.teaser-text")), rule);
        ParsedFeed page = HtmlSource.read(html, ORIGIN + "sections/societe.html", null, rule.get());
        assertTeasers(EXPECTED.get("sections/societe.html"), page, rule.get().date() != null);
    }

    @Test
    void suggest_finds_nothing_on_a_page_without_a_list_of_articles() {
        assertEquals(Optional.empty(), HtmlSource.suggest(Fixtures.bytes("notfeed/html-page.html"), "https://site.example.org/", null));
    }

    @Test
    void an_invalid_selector_is_a_feed_exception() {
        FeedException e = org.junit.jupiter.api.Assertions.assertThrows(FeedException.class, () -> HtmlSource.read(
                Fixtures.bytes("newsroom/sections/societe.html"), ORIGIN, null, new HtmlRule("div[", null, null, null)));
        assertTrue(e.getMessage().startsWith("invalid CSS selector 'div['"), e.getMessage());
    }

    private static void assertTeasers(JsonNode expected, ParsedFeed page, boolean withDates) {
        List<JsonNode> items = new ArrayList<>(expected.get("items").values());
        assertEquals(items.size(), page.items().size());
        for (int i = 0; i < items.size(); i++) {
            Item got = page.items().get(i);
            assertEquals(items.get(i).get("title").stringValue(), got.title());
            assertEquals(items.get(i).get("link").stringValue(), got.link());
            assertNull(got.author());
            if (withDates) {
                assertEquals(items.get(i).get("published").stringValue(), got.published().toString().substring(0, 10));
            }
        }
    }
}
