package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One fixture per RSS (0.9x, 1.0, 2.0) edge case, under feed/rss and feed/rdf. */
class RssEdgeCasesTest {

    @Test
    void unescaped_ampersands_are_kept_as_text() throws FeedException {
        Item item = Fixtures.item(Fixtures.feed("rss/unescaped-ampersand.xml"), 0);
        assertEquals("Tom & Jerry & co", item.title());
        assertEquals("https://example.org/a?x=1&y=2", item.link());
        assertEquals("Salt & pepper", item.summary());
    }

    @Test
    void html_named_entities_are_decoded() throws FeedException {
        assertEquals("Maîtrisé : café & thé ’s — ok", Fixtures.item(Fixtures.feed("rss/html-entities.xml"), 0).title());
    }

    @Test
    void a_download_cut_mid_item_keeps_the_complete_items() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/truncated-mid-item.xml");
        assertFalse(feed.complete());
        assertEquals(List.of("One", "Two"), feed.items().stream().map(Item::title).toList());
    }

    @Test
    void a_download_cut_between_items_keeps_them_all() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/truncated-after-item.xml");
        assertFalse(feed.complete());
        assertEquals(2, feed.items().size());
    }

    @Test
    void a_missing_close_tag_damages_only_its_item() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/missing-close-tag.xml");
        assertEquals(2, feed.items().size());
        assertEquals("https://example.org/1", feed.items().get(0).link());
        assertEquals("Second", feed.items().get(1).title());
        assertTrue(feed.complete());
    }

    @Test
    void rss_author_fields_give_names() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/author-email-name.xml");
        assertEquals("Jo Doe", feed.items().get(0).author());
        assertEquals("Ann Lee", feed.items().get(1).author());
        assertEquals(List.of("Moussa Traoré", "Awa Diallo"), feed.items().get(2).authors());
    }

    @Test
    void a_permalink_guid_is_the_link_when_there_is_none() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/guid-as-link.xml");
        assertEquals("https://example.org/from-guid", feed.items().get(0).link());
        assertNull(feed.items().get(1).link());
        assertEquals("urn:uuid:1234", feed.items().get(1).id());
    }

    @Test
    void an_item_without_guid_or_link_gets_a_stable_hash_id() throws FeedException {
        String first = Fixtures.item(Fixtures.feed("rss/no-guid-no-link.xml"), 0).id();
        String again = Fixtures.item(Fixtures.feed("rss/no-guid-no-link.xml"), 0).id();
        assertTrue(first.startsWith("sha256:"), first);
        assertEquals(first, again);
    }

    @Test
    void relative_links_resolve_against_the_feed_link() throws FeedException {
        Item item = Fixtures.item(Fixtures.feed("rss/relative-links.xml"), 0);
        assertEquals("https://example.org/news/story-1.html", item.link());
        assertEquals(new Enclosure("https://example.org/media/a.mp3", "audio/mpeg", 1234), item.enclosure());
    }

    @Test
    void a_relative_feed_link_resolves_against_the_feed_url() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/relative-feed-link.xml", "https://site.example.org/rss.xml");
        assertEquals("https://site.example.org/news/", feed.meta().link());
        assertEquals("https://site.example.org/story-1.html", feed.items().get(0).link());
    }

    @Test
    void xml_base_on_ancestors_wins() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/xml-base.xml");
        assertEquals("https://base.example.org/dir/a.html", feed.items().get(0).link());
        assertEquals("https://base.example.org/dir/sub/b.html", feed.items().get(1).link());
    }

    @Test
    void naked_markup_in_descriptions_becomes_plain_text() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/description-naked-markup.xml");
        assertEquals("Feed about things", feed.meta().description());
        assertEquals("Hello world", feed.items().get(0).summary());
    }

    @Test
    void escaped_markup_in_title_and_description_becomes_plain_text() throws FeedException {
        Item item = Fixtures.item(Fixtures.feed("rss/description-escaped-markup.xml"), 0);
        assertEquals("Bold title", item.title());
        assertEquals("Escaped & decoded", item.summary());
    }

    @Test
    void a_long_description_without_content_is_kept_as_content_too() throws FeedException {
        Item item = Fixtures.item(Fixtures.feed("rss/long-description.xml"), 0);
        assertNotNull(item.contentHtml());
        assertTrue(item.summary().startsWith("Paragraph 0 of a full article"));
    }

    @Test
    void content_encoded_is_the_content_and_categories_are_deduplicated() throws FeedException {
        Item item = Fixtures.item(Fixtures.feed("rss/content-encoded.xml"), 0);
        assertEquals("Short teaser.", item.summary());
        assertEquals("Full text.\n\nSecond paragraph.", Html.toPlainText(item.contentHtml()));
        assertEquals(List.of("One", "Two", "Three"), item.categories());
    }

    @Test
    void rss_091_with_doctype_reads() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/rss091.xml");
        assertEquals("rss0.91", feed.format());
        assertEquals("Old feed", feed.meta().description());
        assertEquals("en-us", feed.meta().language());
        assertEquals("https://example.org/x", feed.items().get(0).link());
    }

    @Test
    void image_and_text_input_do_not_leak_into_the_channel() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/channel-elements-not-item.xml");
        assertEquals("T", feed.meta().title());
        assertEquals("https://example.org/news/", feed.meta().link());
        assertEquals(1, feed.items().size());
    }

    @Test
    void pub_date_and_dc_date_are_utc_and_bad_dates_are_null() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/dates.xml");
        assertEquals(Instant.parse("2025-02-11T07:30:00Z"), feed.items().get(0).published());
        assertEquals(Instant.parse("2025-02-10T10:30:00Z"), feed.items().get(1).published());
        assertEquals(Instant.parse("2025-02-10T10:30:00Z"), feed.items().get(1).updated());
        assertNull(feed.items().get(2).published());
    }

    @Test
    void rss_10_and_090_are_told_apart() throws FeedException {
        ParsedFeed rss10 = Fixtures.feed("rdf/rss10.xml");
        assertEquals("rss1.0", rss10.format());
        assertEquals("fr", rss10.meta().language());
        assertEquals(Instant.parse("2025-02-08T16:00:00Z"), rss10.items().get(0).published());
        ParsedFeed rss090 = Fixtures.feed("rdf/rss090.xml");
        assertEquals("rss0.90", rss090.format());
        assertEquals("https://example.org/1", rss090.items().get(0).link());
    }

    @Test
    void an_unknown_default_namespace_is_still_rss() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/unknown-default-namespace.xml");
        assertEquals("Example", feed.meta().title());
        assertEquals("i", feed.items().get(0).title());
    }

    @Test
    void prefixed_rss_10_elements_are_read() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rdf/prefixed-rss-elements.xml");
        assertEquals("Prefixed", feed.meta().title());
        assertEquals("http://example.com/1", feed.items().get(0).link());
    }

    @Test
    void out_of_range_character_references_become_replacement_characters() throws FeedException {
        assertEquals("a \uFFFD b \uFFFD c \uFFFD d", Fixtures.feed("rss/charref-out-of-range.xml").meta().title());
    }

    @Test
    void an_html_doctype_and_an_unclosed_root_do_not_stop_the_feed() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/html-doctype-and-unclosed-root.xml");
        assertEquals("found", feed.meta().title());
        assertEquals("en-US", feed.meta().language());
    }

    @Test
    void server_warnings_before_the_feed_are_skipped() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/junk-before-feed.xml");
        assertEquals("Behind junk", feed.meta().title());
        assertEquals(1, feed.items().size());
    }
}
