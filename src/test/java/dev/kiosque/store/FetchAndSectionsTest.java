package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.POLITIQUE;
import static dev.kiosque.store.Fixtures.SPORTS;
import static dev.kiosque.store.Fixtures.T0;
import static dev.kiosque.store.Fixtures.TECH;
import static dev.kiosque.store.Fixtures.feed;
import static dev.kiosque.store.Fixtures.hours;
import static dev.kiosque.store.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiosque.model.FeedSummary;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.SectionSummary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchAndSectionsTest {

    @TempDir
    Path dir;

    @Test
    void sections_count_items_and_unread_per_feed_in_config_order() {
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            store.syncFeeds(Fixtures.config());
            store.saveFeed(POLITIQUE, feed("P", item("a", "A", hours(1)), item("b", "B", hours(2))), null, null, T0);
            store.saveFeed(SPORTS, feed("Le Sport", item("c", "C", hours(1))), null, null, T0);
            store.recordFetch(SPORTS, SPORTS, 200, 900, 2000, null, hours(5));
            store.recordFetch(TECH, TECH, 0, 0, 0, "connection refused", hours(6));
            long b = store.headlines(HeadlineQuery.all()).get(0).id();
            store.mark(MarkRequest.items(MarkRequest.Op.READ, List.of(b)));

            List<SectionSummary> sections = store.sections(Fixtures.config());
            assertEquals(List.of("Politique", "Sports", "Économie & Tech"),
                    sections.stream().map(SectionSummary::name).toList());
            assertEquals(new SectionSummary("Politique",
                    List.of(new FeedSummary("MonKiosk Politique", POLITIQUE, 2, 1, null, null)), 2, 1), sections.get(0));
            assertEquals(new FeedSummary("Le Sport", SPORTS, 1, 1, hours(5), null), sections.get(1).feeds().get(0));
            assertEquals(new FeedSummary("Tech News", TECH, 0, 0, hours(6), "connection refused"),
                    sections.get(2).feeds().get(0));
        }
    }

    @Test
    void a_fetch_is_logged_and_becomes_the_feeds_last_state() throws Exception {
        Path file = dir.resolve("kiosque.db");
        try (Store store = Store.open(file)) {
            store.syncFeeds(Fixtures.config());
            store.recordFetch(SPORTS, SPORTS, 200, 1200, 5000, null, hours(1));
            store.recordFetch(SPORTS, SPORTS, 304, 180, 0, null, hours(2));
            store.recordArticleFetch(SPORTS, "https://example.org/a/1", 200, 30_000, 90_000, null, hours(2));
            FeedState s = store.feedState(SPORTS).orElseThrow();
            assertEquals(304, s.lastStatus());
            assertEquals(hours(2), s.lastFetched());
            assertNull(s.lastError());
            store.recordFetch(SPORTS, "https://cdn.example.org/sports.xml", 0, 0, 0, "timed out after 20s", hours(3));
            assertEquals("timed out after 20s", store.feedState(SPORTS).orElseThrow().lastError());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT kind, status, wire_bytes, day FROM fetch_log ORDER BY id")) {
                StringBuilder log = new StringBuilder();
                while (rs.next()) {
                    log.append(rs.getString(1)).append(' ').append(rs.getInt(2)).append(' ').append(rs.getLong(3))
                            .append(' ').append(rs.getString(4)).append('\n');
                }
                assertEquals("feed 200 1200 2025-02-10\nfeed 304 180 2025-02-10\narticle 200 30000 2025-02-10\n"
                        + "feed 0 0 2025-02-10\n", log.toString());
            }
            try (ResultSet rs = s.executeQuery("SELECT body_wire_bytes, body_decoded_bytes FROM feeds WHERE url = '"
                    + SPORTS + "'")) {
                rs.next();
                assertEquals(1200, rs.getLong(1), "the last full body's size survives a 304 and a failure");
                assertEquals(5000, rs.getLong(2));
            }
        }
    }

    @Test
    void the_last_refresh_time_round_trips() {
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            assertNull(store.lastRefresh());
            store.setLastRefresh(hours(3));
            assertEquals(hours(3), store.lastRefresh());
        }
    }
}
