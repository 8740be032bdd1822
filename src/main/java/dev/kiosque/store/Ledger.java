package dev.kiosque.store;

import dev.kiosque.model.FeedCost;
import dev.kiosque.model.Traffic;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sums over the fetch log: the byte ledger behind {@code kiosque stats} and the daily budget. */
final class Ledger {

    /** The columns of a {@link Traffic}, summed; compression savings only count bodies that shrank. */
    private static final String SUMS = "count(*), coalesce(sum(l.status = 304), 0), coalesce(sum(l.wire_bytes), 0), "
            + "coalesce(sum(l.decoded_bytes), 0), coalesce(sum(l.saved_bytes), 0), "
            + "coalesce(sum(max(l.decoded_bytes - l.wire_bytes, 0)), 0)";

    private Ledger() {}

    /** Traffic logged on {@code from} (a UTC day) and after; {@code kind} null for every kind. */
    static Traffic since(Connection c, LocalDate from, String kind) throws SQLException {
        String sql = "SELECT " + SUMS + " FROM fetch_log l WHERE l.day >= ?" + (kind == null ? "" : " AND l.kind = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, from.toString());
            if (kind != null) ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return traffic(rs, 1);
            }
        }
    }

    /** The sources that cost most wire bytes since {@code from}, costliest first. */
    static List<FeedCost> costliest(Connection c, LocalDate from, int limit) throws SQLException {
        String sql = "SELECT l.feed_url, coalesce(f.name, f.title), " + SUMS + " FROM fetch_log l "
                + "LEFT JOIN feeds f ON f.url = l.feed_url "
                + "WHERE l.day >= ? AND l.kind = ? AND l.feed_url IS NOT NULL "
                + "GROUP BY l.feed_url ORDER BY sum(l.wire_bytes) DESC, l.feed_url LIMIT ?";
        List<FeedCost> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, from.toString());
            ps.setString(2, FetchLog.FEED);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new FeedCost(rs.getString(1), rs.getString(2), traffic(rs, 3)));
            }
        }
        return out;
    }

    private static Traffic traffic(ResultSet rs, int first) throws SQLException {
        return new Traffic(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
                rs.getLong(first + 4), rs.getLong(first + 5));
    }
}
