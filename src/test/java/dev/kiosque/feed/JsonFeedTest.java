package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Feed 1.0 and 1.1 fixtures under feed/json. */
class JsonFeedTest {

    @Test
    void json_feed_10_fields_are_read() throws FeedException {
        ParsedFeed feed = Fixtures.feed("json/feed10-author.json");
        assertEquals("json1.0", feed.format());
        Item first = feed.items().get(0);
        assertEquals("1", first.id(), "numeric ids become text");
        assertEquals("https://example.org/a", first.link());
        assertEquals(List.of("Item Author"), first.authors());
        assertEquals(Instant.parse("2025-02-10T07:00:00Z"), first.published());
        assertEquals("Plain <text>\n\nSecond", Html.toPlainText(first.contentHtml()));
        Item second = feed.items().get(1);
        assertEquals("https://elsewhere.example.com/b", second.link());
        assertEquals(new Enclosure("https://example.org/b.mp3", "audio/mpeg", 42), second.enclosure());
    }

    @Test
    void a_truncated_json_feed_keeps_its_whole_items() throws FeedException {
        ParsedFeed feed = Fixtures.feed("json/truncated.json");
        assertFalse(feed.complete());
        assertEquals(List.of("one", "two"), feed.items().stream().map(Item::title).toList());
    }
}
