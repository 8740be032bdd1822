package dev.kiosque.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;

/** Each source's schedule: next due time, failures in a row, announced update period. */
final class Schedules {

    private Schedules() {}

    /**
     * A source's state and schedule in one query ({@code Store.feedState} and
     * {@code Store.schedule} are each one half of it).
     */
    static RefreshState refreshState(Connection c, String feedUrl) throws SQLException {
        String sql = "SELECT title, etag, last_modified, last_fetched, last_status, last_error, "
                + "next_due, failures, update_every, coalesce(body_wire_bytes, 0) FROM feeds WHERE url = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, feedUrl);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return new RefreshState(null, FeedSchedule.NEW);
                long fetched = rs.getLong(4);
                Instant lastFetched = rs.wasNull() ? null : Instant.ofEpochMilli(fetched);
                FeedState state = new FeedState(feedUrl, rs.getString(1), rs.getString(2), rs.getString(3),
                        lastFetched, rs.getInt(5), rs.getString(6));
                long due = rs.getLong(7);
                Instant nextDue = rs.wasNull() ? null : Instant.ofEpochMilli(due);
                int failures = rs.getInt(8);
                long every = rs.getLong(9);
                Duration updateEvery = rs.wasNull() || every <= 0 ? null : Duration.ofMillis(every);
                return new RefreshState(state, new FeedSchedule(nextDue, failures, updateEvery, rs.getLong(10)));
            }
        }
    }

    static void put(Connection c, String feedUrl, Instant nextDue, int failures, Duration updateEvery)
            throws SQLException {
        put(c, Feeds.ensure(c, feedUrl), nextDue, failures, updateEvery);
    }

    /** As {@link #put(Connection, String, Instant, int, Duration)}, for a source whose row id is known. */
    static void put(Connection c, long id, Instant nextDue, int failures, Duration updateEvery) throws SQLException {
        String sql = "UPDATE feeds SET next_due = ?, failures = ?, update_every = coalesce(?, update_every) WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (nextDue == null) ps.setNull(1, Types.INTEGER); else ps.setLong(1, nextDue.toEpochMilli());
            ps.setInt(2, failures);
            if (updateEvery == null) ps.setNull(3, Types.INTEGER); else ps.setLong(3, updateEvery.toMillis());
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }
}
