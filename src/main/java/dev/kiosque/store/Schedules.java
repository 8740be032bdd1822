package dev.kiosque.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Each source's schedule: next due time, failures in a row, announced update period. */
final class Schedules {

    private Schedules() {}

    /** The columns {@link #row} reads, after the url. */
    private static final String COLUMNS = "title, etag, last_modified, last_fetched, last_status, last_error, "
            + "next_due, failures, update_every, coalesce(body_wire_bytes, 0)";

    /**
     * A source's state and schedule in one query ({@code Store.feedState} and
     * {@code Store.schedule} are each one half of it).
     */
    static RefreshState refreshState(Connection c, String feedUrl) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT url, ".concat(COLUMNS).concat(" FROM feeds WHERE url = ?"))) {
            ps.setString(1, feedUrl);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row(rs) : new RefreshState(null, FeedSchedule.NEW);
            }
        }
    }

    /**
     * {@link #refreshState} of every source in {@code feedUrls}, in one scan of the feeds table:
     * a refresh reads them all up front instead of one query per source, which its workers would
     * take turns for on the reader connection (~100 ms for 500 sources).
     */
    static Map<String, RefreshState> refreshStates(Connection c, Collection<String> feedUrls) throws SQLException {
        Set<String> wanted = new HashSet<>(feedUrls);
        Map<String, RefreshState> states = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT url, ".concat(COLUMNS).concat(" FROM feeds"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (wanted.contains(rs.getString(1))) states.put(rs.getString(1), row(rs));
            }
        }
        for (String url : wanted) states.putIfAbsent(url, new RefreshState(null, FeedSchedule.NEW));
        return states;
    }

    /** The state of the row {@code rs} is on: url, then {@link #COLUMNS}. */
    private static RefreshState row(ResultSet rs) throws SQLException {
        String feedUrl = rs.getString(1);
        long fetched = rs.getLong(5);
        Instant lastFetched = rs.wasNull() ? null : Instant.ofEpochMilli(fetched);
        FeedState state = new FeedState(feedUrl, rs.getString(2), rs.getString(3), rs.getString(4),
                lastFetched, rs.getInt(6), rs.getString(7));
        long due = rs.getLong(8);
        Instant nextDue = rs.wasNull() ? null : Instant.ofEpochMilli(due);
        int failures = rs.getInt(9);
        long every = rs.getLong(10);
        Duration updateEvery = rs.wasNull() || every <= 0 ? null : Duration.ofMillis(every);
        return new RefreshState(state, new FeedSchedule(nextDue, failures, updateEvery, rs.getLong(11)));
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
