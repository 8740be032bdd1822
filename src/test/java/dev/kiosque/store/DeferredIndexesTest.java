package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.POLITIQUE;
import static dev.kiosque.store.Fixtures.SPORTS;
import static dev.kiosque.store.Fixtures.feed;
import static dev.kiosque.store.Fixtures.hours;
import static dev.kiosque.store.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first refresh saves into an empty store without the listing indexes and builds them at the
 * end: the store ends up with the schema a migrated store has, listings are right all along, and
 * a process that dies in between leaves them to the next open.
 */
class DeferredIndexesTest {

    @TempDir
    Path dir;

    @Test
    void an_empty_store_is_filled_without_them_and_ends_with_the_migrated_schema() throws SQLException {
        Map<String, String> migrated = migratedIndexes();
        Path filled = dir.resolve("filled.db");
        try (Store store = Store.open(filled)) {
            store.syncFeeds(Fixtures.config());
            try (Store.IndexBuild build = store.deferIndexesIfEmpty()) {
                assertEquals(Map.of(), scattered(filled));
                store.saveFeed(POLITIQUE, feed("P", item("a", "A", hours(1)), item("b", "B", hours(3))), null, null, hours(4));
                // listings stay right without them
                assertEquals(List.of("B", "A"), titles(store));
                assertEquals("A", store.itemByLink("https://example.org/a/a").orElseThrow().title());
                store.saveFeed(SPORTS, feed("S", item("c", "C", hours(2))), null, null, hours(4));
            }
            assertEquals(migrated, scattered(filled));
            assertEquals(2, migrated.size());
            assertEquals(List.of("B", "C", "A"), titles(store));
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void a_store_with_items_keeps_them() throws SQLException {
        Path file = dir.resolve("kiosque.db");
        try (Store store = Store.open(file)) {
            store.syncFeeds(Fixtures.config());
            store.saveFeed(POLITIQUE, feed("P", item("a", "A", hours(1))), null, null, hours(2));
            Map<String, String> before = scattered(file);
            try (Store.IndexBuild build = store.deferIndexesIfEmpty()) {
                assertEquals(before, scattered(file));
                store.saveFeed(SPORTS, feed("S", item("c", "C", hours(2))), null, null, hours(4));
            }
            assertEquals(before, scattered(file));
        }
    }

    @Test
    void a_refresh_that_dies_before_building_them_leaves_them_to_the_next_open() throws SQLException {
        Map<String, String> migrated = migratedIndexes();
        Path file = dir.resolve("kiosque.db");
        try (Store store = Store.open(file)) {
            store.syncFeeds(Fixtures.config());
            store.deferIndexesIfEmpty();               // never closed: the process "dies" here
            store.saveFeed(POLITIQUE, feed("P", item("a", "A", hours(1))), null, null, hours(2));
        }
        assertEquals(Map.of(), scattered(file));
        try (Store store = Store.open(file)) {
            assertEquals(migrated, scattered(file));
            assertEquals(List.of("A"), titles(store));
        }
    }

    @Test
    void the_listing_reads_the_built_index() throws SQLException {
        Path file = dir.resolve("kiosque.db");
        try (Store store = Store.open(file)) {
            store.syncFeeds(Fixtures.config());
            try (Store.IndexBuild build = store.deferIndexesIfEmpty()) {
                store.saveFeed(POLITIQUE, feed("P", item("a", "A", hours(1))), null, null, hours(2));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN SELECT id FROM items WHERE link = 'x'")) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) plan.append(rs.getString("detail"));
            assertTrue(plan.toString().contains("items_by_link"), plan.toString());
        }
    }

    /** The two indexes as a store migrated from scratch has them. */
    private Map<String, String> migratedIndexes() throws SQLException {
        Path reference = dir.resolve("reference.db");
        Store.open(reference).close();
        return scattered(reference);
    }

    private static List<String> titles(Store store) {
        return store.headlines(HeadlineQuery.all()).stream().map(Headline::title).toList();
    }

    /** The two indexes' definitions as the file holds them, by name. */
    private static Map<String, String> scattered(Path db) throws SQLException {
        Map<String, String> found = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                     + "AND name IN ('items_listing', 'items_by_link')")) {
            while (rs.next()) found.put(rs.getString(1), rs.getString(2));
        }
        return found;
    }
}
