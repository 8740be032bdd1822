package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edge cases met when checking kiosque against a conformance corpus of small one-point feeds:
 * entries that carry a single field, RSS items with two summaries, RSS 1.0 item URIs.
 */
class ConformanceCasesTest {

    @Test
    void an_entry_with_only_an_author_or_a_category_is_kept() throws FeedException {
        ParsedFeed feed = Fixtures.feed("atom/entry-with-author-only.xml");
        assertEquals(2, feed.items().size());
        assertEquals("Awa Diallo", feed.items().get(0).author());
        assertEquals(Instant.parse("2025-03-01T08:00:00Z"), feed.items().get(0).updated());
        assertEquals(List.of("économie"), feed.items().get(1).categories());
    }

    @Test
    void an_rss_summary_beside_a_description_becomes_the_content() throws FeedException {
        Item item = Fixtures.item(Fixtures.feed("rss/description-and-summary.xml"), 0);
        assertEquals("Les commerçants rouvrent.", item.summary());
        assertEquals("Les commerçants rouvrent après trois jours de fermeture et la mairie promet des travaux.",
                Html.toPlainText(item.contentHtml()).strip());
    }

    @Test
    void an_rss10_item_is_identified_by_its_rdf_about() throws FeedException {
        Item item = Fixtures.item(Fixtures.feed("rdf/item-about-is-the-id.xml"), 0);
        assertEquals("https://example.org/agenda/42", item.id());
        assertNull(item.link());
    }

    @Test
    void entities_declared_in_the_doctype_are_expanded_once() throws FeedException {
        ParsedFeed feed = Fixtures.feed("rss/doctype-entities.xml");
        assertEquals("Le Soleil — Dakar", feed.meta().title());
        assertEquals("D:\\partage\\photos", feed.items().get(0).id());
        // A self-referencing entity is expanded one level only, never recursively.
        assertEquals("Boucle : &loop;&loop;", feed.items().get(0).summary());
        // An external entity is never fetched nor read: its reference stays as written.
        assertEquals("Photos du jour &secret;", feed.items().get(0).title());
    }

    @Test
    void atom_text_in_other_media_types_is_decoded_when_readable() throws FeedException {
        ParsedFeed feed = Fixtures.feed("atom/octet-stream-base64.xml");
        assertEquals("Le Soleil Dakar", feed.meta().title());
        Item item = feed.items().get(0);
        assertEquals("L&M <sport>", item.title());
        assertNull(item.contentHtml(), "a base64 image is not text");
        assertEquals("Résumé en XML", item.summary());
    }
}
