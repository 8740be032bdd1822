package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.POLITIQUE;
import static dev.kiosque.store.Fixtures.SPORTS;
import static dev.kiosque.store.Fixtures.T0;
import static dev.kiosque.store.Fixtures.feed;
import static dev.kiosque.store.Fixtures.hours;
import static dev.kiosque.store.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.Item;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.model.Section;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveFeedTest {

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("kiosque.db"));
        store.syncFeeds(Fixtures.config());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void saving_the_same_feed_twice_adds_nothing_the_second_time() {
        ParsedFeed f = feed("Politique", item("a", "A", hours(1)), item("b", "B", hours(2)));
        assertEquals(new SaveResult(2, 0, 0), store.saveFeed(POLITIQUE, f, "\"v1\"", null, T0));
        assertEquals(new SaveResult(0, 0, 2), store.saveFeed(POLITIQUE, f, "\"v1\"", null, hours(5)));
        assertEquals(2, store.headlines(HeadlineQuery.all()).size());
    }

    @Test
    void long_texts_bound_as_utf8_bytes_are_stored_as_the_same_text() throws Exception {
        String[] texts = {"", "Dakar : l'Assemblée adopte le budget", "مرحبا بالعالم", "新闻 📰 👩🏽‍💻",
            "a\u0000b", "lone \uD800 surrogate", "x".repeat(100_000)};
        Item[] items = new Item[texts.length + 1];
        for (int i = 0; i < texts.length; i++) {
            items[i] = new Item("t" + i, "T" + i, null, List.of(), hours(i), null, texts[i], texts[i], List.of(), null);
        }
        items[texts.length] = new Item("null", "N", null, List.of(), hours(9), null, null, null, List.of(), null);
        store.saveFeed(POLITIQUE, feed("P", items), null, null, T0);
        // and once more with every text changed, through the UPDATE statement
        for (int i = 0; i < texts.length; i++) {
            items[i] = new Item("t" + i, "T" + i, null, List.of(), hours(i), null, texts[i] + "é", texts[i] + "é",
                    List.of(), null);
        }
        assertEquals(texts.length, store.saveFeed(POLITIQUE, feed("P", items), null, null, hours(20)).updated());
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kiosque.db"));
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT guid, typeof(summary), summary, typeof(content_html), "
                     + "content_html, typeof(search_text), search_text FROM items")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                String guid = rs.getString(1);
                if (guid.equals("null")) {
                    assertEquals("null", rs.getString(2));
                    assertEquals("null", rs.getString(4));
                    assertEquals("text", rs.getString(6));
                    continue;
                }
                // what a bound string stores: sqlite-jdbc encodes it with String.getBytes(UTF_8)
                String text = texts[Integer.parseInt(guid.substring(1))] + "é";
                String expected = new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertEquals("text", rs.getString(2), guid);
                assertEquals(expected, rs.getString(3), guid);
                assertEquals("text", rs.getString(4), guid);
                assertEquals(expected, rs.getString(5), guid);
                assertEquals("text", rs.getString(6), guid);
                String search = ItemWriter.searchText(items[Integer.parseInt(guid.substring(1))]);
                assertEquals(new String(search.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.UTF_8), rs.getString(7), guid);
            }
            assertEquals(texts.length + 1, rows);
        }
        store = Store.open(dir.resolve("kiosque.db"));
        // search reads the folded text: accents and case do not matter
        List<Headline> found = store.headlines(HeadlineQuery.all().withSearch("ASSEMBLEE"));
        assertEquals(List.of("T1"), found.stream().map(Headline::title).toList());
    }

    @Test
    void a_refresh_never_resets_read_or_starred_state() {
        store.saveFeed(POLITIQUE, feed("P", item("a", "A", hours(1)), item("b", "B", hours(2))), null, null, T0);
        long a = idOf("A");
        long b = idOf("B");
        store.mark(MarkRequest.items(MarkRequest.Op.READ, List.of(a)));
        store.mark(MarkRequest.items(MarkRequest.Op.STAR, List.of(b)));
        SaveResult again = store.saveFeed(POLITIQUE,
                feed("P", item("a", "A changed", hours(1)), item("b", "B", hours(2))), null, null, hours(3));
        assertEquals(new SaveResult(0, 1, 1), again);
        Headline changed = store.item(a).orElseThrow();
        assertEquals("A changed", changed.title());
        assertTrue(changed.read());
        assertTrue(store.item(b).orElseThrow().starred());
        assertEquals(a, idOf("A changed"), "an updated item keeps its id");
    }

    @Test
    void changed_content_or_categories_count_as_updated() {
        Item a = item("a", "A", hours(1));
        store.saveFeed(POLITIQUE, feed("P", a), null, null, T0);
        Item withContent = new Item("a", "A", a.link(), a.authors(), a.published(), null, a.summary(),
                "<p>Full text</p>", List.of("Cat", "Sénégal"), new Enclosure("https://e/x.mp3", "audio/mpeg", 42));
        assertEquals(new SaveResult(0, 1, 0), store.saveFeed(POLITIQUE, feed("P", withContent), null, null, T0));
        long id = idOf("A");
        assertEquals("<p>Full text</p>", store.content(id).orElseThrow().contentHtml());
        assertEquals(List.of("Cat", "Sénégal"), store.item(id).orElseThrow().categories());
    }

    @Test
    void a_bumped_updated_date_alone_is_not_a_change() {
        Item a = item("a", "A", hours(1));
        store.saveFeed(POLITIQUE, feed("P", a), null, null, T0);
        Item bumped = new Item("a", "A", a.link(), a.authors(), a.published(), hours(9), a.summary(), null,
                a.categories(), null);
        assertEquals(new SaveResult(0, 0, 1), store.saveFeed(POLITIQUE, feed("P", bumped), null, null, T0));
    }

    @Test
    void the_same_item_id_in_two_feeds_is_two_items_and_repeated_ids_in_one_feed_are_one() {
        Item a = item("same", "Same", hours(1));
        assertEquals(new SaveResult(1, 0, 0), store.saveFeed(POLITIQUE, feed("P", a, a), null, null, T0));
        assertEquals(new SaveResult(1, 0, 0), store.saveFeed(SPORTS, feed("S", a), null, null, T0));
        assertEquals(2, store.headlines(HeadlineQuery.all()).size());
    }

    @Test
    void validators_and_the_feed_title_are_stored_and_null_validators_clear_them() {
        store.saveFeed(SPORTS, feed("Le Sport", item("a", "A", T0)), "\"e1\"", "Mon, 10 Feb 2025 12:00:00 GMT", T0);
        FeedState s = store.feedState(SPORTS).orElseThrow();
        assertEquals("\"e1\"", s.etag());
        assertEquals("Mon, 10 Feb 2025 12:00:00 GMT", s.lastModified());
        assertEquals("Le Sport", s.title());
        store.saveFeed(SPORTS, new ParsedFeed("rss2.0", null, List.of(), false), null, null, T0);
        FeedState cleared = store.feedState(SPORTS).orElseThrow();
        assertNull(cleared.etag());
        assertNull(cleared.lastModified());
        assertEquals("Le Sport", cleared.title(), "a feed without a title keeps the one it had");
        assertTrue(store.feedState("https://never.example/").isEmpty());
    }

    @Test
    void items_without_a_date_sort_by_when_they_were_first_seen_in_feed_order() {
        store.saveFeed(POLITIQUE, feed("P", item("old", "Old", hours(-30))), null, null, T0);
        store.saveFeed(POLITIQUE, feed("P", item("u1", "Undated 1", null), item("u2", "Undated 2", null),
                item("old", "Old", hours(-30))), null, null, hours(1));
        List<String> titles = store.headlines(HeadlineQuery.all()).stream().map(Headline::title).toList();
        assertEquals(List.of("Undated 1", "Undated 2", "Old"), titles);
        assertNull(store.headlines(HeadlineQuery.all()).get(0).published(), "no invented publication date");
    }

    @Test
    void a_source_dropped_from_the_config_is_hidden_and_keeps_its_state_when_it_comes_back() {
        store.saveFeed(SPORTS, feed("S", item("a", "A", T0)), null, null, T0);
        long a = idOf("A");
        store.mark(MarkRequest.items(MarkRequest.Op.STAR, List.of(a)));
        store.syncFeeds(List.of(new Section("Politique", List.of(FeedRef.feed(POLITIQUE, null, "Politique")))));
        assertEquals(List.of(), store.headlines(HeadlineQuery.all()));
        assertTrue(store.item(a).isPresent(), "hidden, not deleted");
        store.syncFeeds(Fixtures.config());
        assertTrue(store.headlines(HeadlineQuery.all()).get(0).starred());
    }

    @Test
    void a_feed_saved_before_it_is_configured_appears_once_configured() {
        store.syncFeeds(List.of());
        store.saveFeed(SPORTS, feed("S", item("a", "A", T0)), null, null, T0);
        assertEquals(0, store.headlines(HeadlineQuery.all()).size());
        store.syncFeeds(Fixtures.config());
        assertEquals(1, store.headlines(HeadlineQuery.all()).size());
    }

    @Test
    void syncing_an_unchanged_config_needs_no_write_lock() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kiosque.db"));
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // another process in the middle of a refresh
            store.syncFeeds(Fixtures.config()); // would wait 10 s and fail if it tried to write
            assertEquals(0, store.headlines(HeadlineQuery.all()).size());
            s.execute("ROLLBACK");
        }
    }

    @Test
    void a_changed_config_moves_and_renames_sources() {
        store.saveFeed(SPORTS, feed("Le Sport", item("a", "A", T0)), null, null, T0);
        store.syncFeeds(List.of(new Section("Jeux", List.of(FeedRef.feed(SPORTS, "Sport renamed", "Jeux")))));
        Headline h = store.headlines(HeadlineQuery.all()).get(0);
        assertEquals("Jeux", h.section());
        assertEquals("Sport renamed", h.feed());
    }

    private long idOf(String title) {
        return store.headlines(HeadlineQuery.all()).stream().filter(h -> h.title().equals(title))
                .findFirst().orElseThrow().id();
    }
}
