package dev.kiosque.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Retention. Read, unstarred items older than {@code keep} are deleted and remembered as
 * "forgotten", so that a feed still carrying them does not bring them back as unread; a
 * tombstone goes once its feed has stopped carrying the item for {@code keep}. Cached articles
 * no item links to and old fetch-log rows go too.
 */
final class Pruner {

    /** How long the fetch log is kept: enough for monthly stats and then some. */
    static final Duration FETCH_LOG_KEPT = Duration.ofDays(92);

    private Pruner() {}

    static int prune(Connection c, Duration keep, Instant now) throws SQLException {
        long cutoff = now.minus(keep).toEpochMilli();
        update(c, "INSERT OR REPLACE INTO forgotten (feed_id, guid, last_seen) SELECT feed_id, guid, ? FROM items "
                + "WHERE read = 1 AND starred = 0 AND sort_time < ?", now.toEpochMilli(), cutoff);
        int deleted = update(c, "DELETE FROM items WHERE read = 1 AND starred = 0 AND sort_time < ?", cutoff);
        update(c, "DELETE FROM forgotten WHERE last_seen < ?", cutoff);
        update(c, "DELETE FROM articles WHERE fetched_at < ? AND NOT EXISTS "
                + "(SELECT 1 FROM items WHERE items.link = articles.url)", cutoff);
        update(c, "DELETE FROM fetch_log WHERE at < ?", now.minus(FETCH_LOG_KEPT).toEpochMilli());
        return deleted;
    }

    private static int update(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setLong(i + 1, params[i]);
            return ps.executeUpdate();
        }
    }
}
