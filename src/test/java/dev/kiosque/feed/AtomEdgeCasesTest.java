package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One fixture per Atom 1.0 / 0.3 edge case, under feed/atom and feed/atom03. */
class AtomEdgeCasesTest {

    @Test
    void html_and_xhtml_titles_become_plain_text_and_text_titles_stay_literal() throws FeedException {
        ParsedFeed feed = Fixtures.feed("atom/title-types.xml");
        assertEquals("Bold & more", feed.items().get(0).title());
        assertEquals("X html & co", feed.items().get(1).title());
        assertEquals("1 < 2 & <b>literal</b>", feed.items().get(2).title());
    }

    @Test
    void the_html_alternate_link_is_chosen_and_enclosures_are_read() throws FeedException {
        ParsedFeed feed = Fixtures.feed("atom/link-choice.xml");
        Item first = feed.items().get(0);
        assertEquals("https://example.org/a.html", first.link());
        assertEquals(new Enclosure("https://example.org/a.mp3", "audio/mpeg", 99), first.enclosure());
        assertEquals("https://example.org/b", feed.items().get(1).link());
        assertNull(feed.items().get(2).link(), "a related link is not the entry's page");
    }

    @Test
    void xml_base_resolves_feed_and_entry_links() throws FeedException {
        ParsedFeed feed = Fixtures.feed("atom/xml-base.xml", "https://example.org/feeds/atom.xml");
        assertEquals("https://example.org/blog/index.html", feed.meta().link());
        assertEquals("https://example.org/blog/2025/a.html", feed.items().get(0).link());
        assertEquals("https://example.org/other/b.html", feed.items().get(1).link());
        assertEquals("https://cdn.example.net/x/c.html", feed.items().get(2).link());
    }

    @Test
    void an_entry_source_does_not_override_the_entry() throws FeedException {
        Item item = Fixtures.item(Fixtures.feed("atom/source-ignored.xml"), 0);
        assertEquals("Entry title", item.title());
        assertEquals("https://example.org/entry", item.link());
        assertEquals(List.of("Entry Author"), item.authors());
        assertNull(item.published());
        assertEquals(Instant.parse("2025-02-09T08:30:00Z"), item.updated());
    }

    @Test
    void content_of_every_type_becomes_html() throws FeedException {
        ParsedFeed feed = Fixtures.feed("atom/content-kinds.xml");
        assertEquals("Line &lt;one&gt; &amp; two", feed.items().get(0).contentHtml());
        assertEquals("Line <one> & two", feed.items().get(0).summary(), "summary derived from content");
        assertEquals("Sum mary", feed.items().get(1).summary());
        assertEquals("Para one\n\nPara two", Html.toPlainText(feed.items().get(1).contentHtml()));
        assertEquals("X one\n\nX two", Html.toPlainText(feed.items().get(2).contentHtml()));
        assertNull(feed.items().get(3).contentHtml(), "out-of-line content is not fetched");
    }

    @Test
    void categories_use_term_then_label() throws FeedException {
        assertEquals(List.of("t1", "t2", "Only label"), Fixtures.item(Fixtures.feed("atom/categories.xml"), 0).categories());
    }

    @Test
    void atom_03_modes_and_dates_are_read() throws FeedException {
        ParsedFeed feed = Fixtures.feed("atom03/modes.xml");
        assertEquals("atom0.3", feed.format());
        assertEquals("tag line", feed.meta().description());
        assertEquals("https://example.org/", feed.meta().link());
        Item item = feed.items().get(0);
        assertEquals("Escaped", item.title());
        assertEquals("Base 64", Html.toPlainText(item.contentHtml()));
        assertEquals(Instant.parse("2004-01-01T00:00:00Z"), item.published());
        assertEquals(Instant.parse("2004-01-02T00:00:00Z"), item.updated());
    }

    @Test
    void scripts_frames_and_unclosed_objects_leave_only_the_safe_text() throws FeedException {
        Item item = Fixtures.item(Fixtures.feed("atom03/unsafe-markup.xml"), 0);
        assertEquals("safe description", item.title());
        assertEquals("safe description", item.summary());
        assertEquals("safe description more", Html.toPlainText(item.contentHtml()));
    }
}
