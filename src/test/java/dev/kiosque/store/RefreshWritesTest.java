package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.POLITIQUE;
import static dev.kiosque.store.Fixtures.SPORTS;
import static dev.kiosque.store.Fixtures.T0;
import static dev.kiosque.store.Fixtures.feed;
import static dev.kiosque.store.Fixtures.hours;
import static dev.kiosque.store.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiosque.model.ParsedFeed;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-transaction writes of a refresh ({@code saveRefresh}, {@code recordRefresh}) and its
 * one-query read ({@code refreshState}) leave and read exactly what the separate calls do.
 */
class RefreshWritesTest {

    private static final String UNKNOWN = "https://never.configured.example/rss";

    /** One source's refresh: a body (feed non-null) or none, the request, the new schedule (null: none). */
    private record Step(String url, ParsedFeed feed, String etag, FetchRecord fetch, NextFetch next, Instant at) {}

    @TempDir
    Path dir;

    private static List<Step> steps() {
        ParsedFeed p1 = feed("P", item("a", "A", hours(1)), item("b", "B", hours(2)));
        ParsedFeed p2 = feed("P2", item("a", "A changed", hours(1)), item("c", "C", null));
        return List.of(
                new Step(POLITIQUE, p1, "\"v1\"", new FetchRecord(null, 200, 900, 4000, null),
                        new NextFetch(hours(2), 0, Duration.ofHours(1)), hours(1)),
                new Step(SPORTS, null, null, new FetchRecord(SPORTS, 0, 0, 0, "connection refused"),
                        new NextFetch(null, 1, null), hours(1)),
                new Step(POLITIQUE, null, null, new FetchRecord("https://cdn.example.org/p.xml", 304, 180, 0, null),
                        new NextFetch(hours(5), 0, null), hours(3)),
                new Step(SPORTS, null, null, new FetchRecord(null, 410, 300, 0, "HTTP 410 Gone"),
                        new NextFetch(hours(4), 2, null), hours(3)),
                new Step(SPORTS, null, null, new FetchRecord(null, 0, 0, 0, "cancelled"), null, hours(3)),
                new Step(POLITIQUE, p2, null, new FetchRecord(null, 200, 1000, 5000, null),
                        new NextFetch(null, 0, Duration.ZERO), hours(6)),
                new Step(UNKNOWN, feed("U", item("x", "X", T0)), null, new FetchRecord(null, 200, 50, 60, null),
                        null, hours(6)),
                new Step("https://never.seen.example/304", null, null, new FetchRecord(null, 304, 10, 0, null),
                        new NextFetch(hours(9), 0, null), hours(7)));
    }

    @Test
    void one_transaction_per_source_writes_what_the_separate_calls_write() throws SQLException {
        Path separate = dir.resolve("separate.db");
        Path together = dir.resolve("together.db");
        List<Object> separateResults = new ArrayList<>();
        List<Object> togetherResults = new ArrayList<>();
        try (Store a = Store.open(separate); Store b = Store.open(together)) {
            a.syncFeeds(Fixtures.config());
            b.syncFeeds(Fixtures.config());
            for (Step s : steps()) {
                FetchRecord f = s.fetch();
                if (s.feed() != null) {
                    separateResults.add(a.saveFeed(s.url(), s.feed(), s.etag(), null, s.at()));
                    separateResults.add(a.recordFetch(s.url(), f.url(), f.status(), f.wireBytes(), f.decodedBytes(),
                            f.error(), s.at()));
                    togetherResults.add(b.saveRefresh(s.url(), s.feed(), s.etag(), null, f, s.next(), s.at()));
                    togetherResults.add(0L);
                } else {
                    separateResults.add(a.recordFetch(s.url(), f.url(), f.status(), f.wireBytes(), f.decodedBytes(),
                            f.error(), s.at()));
                    togetherResults.add(b.recordRefresh(s.url(), f, s.next(), s.at()));
                }
                if (s.next() != null) {
                    a.setSchedule(s.url(), s.next().nextDue(), s.next().failures(), s.next().updateEvery());
                }
                List<String> urls = List.of(POLITIQUE, SPORTS, UNKNOWN, "https://never.seen.example/304", "https://nowhere.example/");
                Map<String, RefreshState> all = b.refreshStates(urls);
                assertEquals(urls.size(), all.size());
                for (String url : urls) assertEquals(b.refreshState(url), all.get(url), url);
                for (String url : List.of(POLITIQUE, SPORTS, UNKNOWN)) {
                    assertEquals(new RefreshState(a.feedState(url).orElse(null), a.schedule(url)), b.refreshState(url));
                    assertEquals(new RefreshState(a.feedState(url).orElse(null), a.schedule(url)), a.refreshState(url));
                }
            }
        }
        assertEquals(separateResults, togetherResults);
        for (String table : List.of("feeds", "items", "forgotten", "fetch_log")) {
            assertEquals(dump(separate, table), dump(together, table), table);
        }
    }

    @Test
    void a_source_never_seen_has_no_state_and_a_new_schedule() {
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            RefreshState s = store.refreshState("https://never.example/");
            assertNull(s.state());
            assertEquals(FeedSchedule.NEW, s.schedule());
        }
    }

    private static List<String> dump(Path db, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) row.append(meta.getColumnName(i)).append('=')
                        .append(rs.getString(i)).append(' ');
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
