package dev.kiosque.store;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.FeedSummary;
import dev.kiosque.model.Section;
import dev.kiosque.model.SectionSummary;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-section and per-source counts for the configured sections, in config order. */
final class Sections {

    private Sections() {}

    static List<SectionSummary> summarize(Connection c, List<Section> configured) throws SQLException {
        Map<String, Known> known = known(c);
        List<SectionSummary> out = new ArrayList<>();
        for (Section section : configured) {
            List<FeedSummary> feeds = new ArrayList<>();
            int items = 0;
            int unread = 0;
            for (FeedRef ref : section.feeds()) {
                Known k = known.getOrDefault(ref.url(), Known.NONE);
                String name = FeedRow.displayName(ref.name(), k.title, ref.url());
                feeds.add(new FeedSummary(name, ref.url(), k.items, k.unread, k.lastFetched, k.lastError));
                items += k.items;
                unread += k.unread;
            }
            out.add(new SectionSummary(section.name(), feeds, items, unread));
        }
        return out;
    }

    /** What the store knows of each source, by URL. */
    private static Map<String, Known> known(Connection c) throws SQLException {
        String sql = "SELECT f.url, f.title, f.last_fetched, f.last_error, "
                + "(SELECT count(*) FROM items i WHERE i.feed_id = f.id), "
                + "(SELECT count(*) FROM items i WHERE i.feed_id = f.id AND i.read = 0) FROM feeds f";
        Map<String, Known> known = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                long fetched = rs.getLong(3);
                Instant lastFetched = rs.wasNull() ? null : Instant.ofEpochMilli(fetched);
                known.put(rs.getString(1), new Known(rs.getString(2), lastFetched, rs.getString(4),
                        rs.getInt(5), rs.getInt(6)));
            }
        }
        return known;
    }

    private record Known(String title, Instant lastFetched, String lastError, int items, int unread) {
        static final Known NONE = new Known(null, null, null, 0, 0);
    }
}
