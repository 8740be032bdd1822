package dev.kiosque.store;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Section;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** The feeds table: configured sources and what is known of them. */
final class Feeds {

    private Feeds() {}

    /** How one configured source is recorded: URL, configured name, section, position. */
    record Placement(String url, String name, String section, int position) {
        // equals and hashCode written out: a record's generated ones are bootstrapped through
        // method handles on first use, ~15 ms of every start for this one comparison (issue 6).
        @Override
        public boolean equals(Object o) {
            return o instanceof Placement p && position == p.position && Objects.equals(url, p.url)
                    && Objects.equals(name, p.name) && Objects.equals(section, p.section);
        }

        @Override
        public int hashCode() {
            return Objects.hash(url, name, section, position);
        }
    }

    /** The configured sources of {@code sections}, positions numbered across sections in config order. */
    static List<Placement> placements(List<Section> sections) {
        List<Placement> out = new ArrayList<>();
        for (Section section : sections) {
            for (FeedRef ref : section.feeds()) {
                out.add(new Placement(ref.url(), ref.name(), section.name(), out.size()));
            }
        }
        return out;
    }

    /** The placements the store holds now, in position order. */
    static List<Placement> storedPlacements(Connection c) throws SQLException {
        String sql = "SELECT url, name, section, position FROM feeds WHERE configured = 1 ORDER BY position, id";
        List<Placement> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(new Placement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
        return out;
    }

    /**
     * Marks every known source unconfigured, then upserts the configured ones with their name,
     * section and position. Sources dropped from the config keep their items and state.
     */
    static void sync(Connection c, List<Placement> placements) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE feeds SET configured = 0 WHERE configured <> 0");
        }
        String sql = "INSERT INTO feeds (url, name, section, position, configured) VALUES (?, ?, ?, ?, 1) "
                + "ON CONFLICT (url) DO UPDATE SET name = excluded.name, section = excluded.section, "
                + "position = excluded.position, configured = 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Placement p : placements) {
                ps.setString(1, p.url());
                ps.setString(2, p.name());
                ps.setString(3, p.section());
                ps.setInt(4, p.position());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The id of the source with this URL, adding it (unconfigured) when the store has never seen it. */
    static long ensure(Connection c, String url) throws SQLException {
        // Look first: the source is almost always there (synced at start), and a lookup is cheaper
        // than an insert that is ignored. Callers hold the write transaction, so nothing can slip in between.
        long id = idOf(c, url);
        if (id >= 0) return id;
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO feeds (url) VALUES (?)")) {
            ps.setString(1, url);
            ps.executeUpdate();
        }
        return idOf(c, url);
    }

    /** The id of the source with this URL, or -1. */
    private static long idOf(Connection c, String url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM feeds WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /** Every source, configured ones first in config order. */
    static List<FeedRow> all(Connection c) throws SQLException {
        String sql = "SELECT id, url, name, title, section, configured FROM feeds "
                + "ORDER BY configured DESC, position, id";
        List<FeedRow> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new FeedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6) != 0));
            }
        }
        return rows;
    }

    /** Ids of the configured sources that pass {@code filter}. */
    static List<Long> configuredIds(Connection c, Predicate<FeedRow> filter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (FeedRow row : all(c)) {
            if (row.configured() && filter.test(row)) ids.add(row.id());
        }
        return ids;
    }

    /** {@code ids} as a SQL list literal; safe to inline because they are numbers. */
    static String inList(List<Long> ids) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(ids.get(i).longValue());
        }
        return sb.append(')').toString();
    }
}
