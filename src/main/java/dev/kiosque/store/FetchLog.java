package dev.kiosque.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The log of every request, for the byte ledger: when, for which source, what URL, the status,
 * the bytes on the wire and decoded. A request for a source also updates that source's last
 * fetch state, and a full body (2xx) its last known size (what a later 304 saved).
 */
final class FetchLog {

    /** The {@code kind} of a request for a source's feed or page. */
    static final String FEED = "feed";
    /** The {@code kind} of a request for an article page. */
    static final String ARTICLE = "article";

    private static final int HTTP_OK_MIN = 200;
    private static final int HTTP_OK_MAX = 299;
    private static final int NOT_MODIFIED = 304;

    private FetchLog() {}

    /**
     * Logs one request; returns what it saved when it was a 304 (the last full wire size of that
     * source or article page, 0 when unknown), else 0.
     */
    static long record(Connection c, String kind, String feedUrl, String url, int status, long wireBytes,
                       long decodedBytes, String error, Instant at) throws SQLException {
        if (FEED.equals(kind) && feedUrl != null) {
            return recordFeed(c, Feeds.ensure(c, feedUrl), feedUrl,
                    new FetchRecord(url, status, wireBytes, decodedBytes, error), at);
        }
        String target = url == null ? feedUrl : url;
        long saved = status == NOT_MODIFIED ? lastFullSize(c, kind, feedUrl, target) : 0;
        insert(c, kind, feedUrl, target, status, wireBytes, decodedBytes, error, saved, at);
        return saved;
    }

    /**
     * As {@link #record} for a request for a source whose row id is known ({@code feedId}): logs it,
     * makes it the source's last fetch, and returns what a 304 saved.
     */
    static long recordFeed(Connection c, long feedId, String feedUrl, FetchRecord fetch, Instant at)
            throws SQLException {
        String target = fetch.url() == null ? feedUrl : fetch.url();
        long saved = fetch.status() == NOT_MODIFIED ? lastFullSize(c, FEED, feedUrl, target) : 0;
        insert(c, FEED, feedUrl, target, fetch.status(), fetch.wireBytes(), fetch.decodedBytes(), fetch.error(),
                saved, at);
        updateSource(c, feedId, fetch.status(), fetch.wireBytes(), fetch.decodedBytes(), fetch.error(), at);
        return saved;
    }

    private static void insert(Connection c, String kind, String feedUrl, String target, int status, long wireBytes,
                               long decodedBytes, String error, long saved, Instant at) throws SQLException {
        String sql = "INSERT INTO fetch_log (at, day, kind, feed_url, url, status, wire_bytes, decoded_bytes, error, "
                + "saved_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, at.atOffset(ZoneOffset.UTC).toLocalDate().toString());
            ps.setString(3, kind);
            ps.setString(4, feedUrl);
            ps.setString(5, target);
            ps.setInt(6, status);
            ps.setLong(7, wireBytes);
            ps.setLong(8, decodedBytes);
            ps.setString(9, error);
            ps.setLong(10, saved);
            ps.executeUpdate();
        }
    }

    /** The wire size of the last full body of a source (by its URL) or of an article page (by its URL). */
    private static long lastFullSize(Connection c, String kind, String feedUrl, String url) throws SQLException {
        boolean feed = FEED.equals(kind) && feedUrl != null;
        String sql = feed ? "SELECT body_wire_bytes FROM feeds WHERE url = ?" : "SELECT wire_bytes FROM articles WHERE url = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, feed ? feedUrl : url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    static int streak(Connection c, String feedUrl, int status, int limit) throws SQLException {
        String sql = "SELECT status FROM fetch_log WHERE kind = ? AND feed_url = ? ORDER BY at DESC, id DESC LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, FEED);
            ps.setString(2, feedUrl);
            ps.setInt(3, limit);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && rs.getInt(1) == status) n++;
            }
            return n;
        }
    }

    private static void updateSource(Connection c, long feedId, int status, long wireBytes, long decodedBytes,
                                     String error, Instant at) throws SQLException {
        boolean fullBody = status >= HTTP_OK_MIN && status <= HTTP_OK_MAX && error == null;
        String sql = "UPDATE feeds SET last_fetched = ?, last_status = ?, last_error = ?, "
                + "body_wire_bytes = coalesce(?, body_wire_bytes), "
                + "body_decoded_bytes = coalesce(?, body_decoded_bytes) WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, at.toEpochMilli());
            ps.setInt(2, status);
            ps.setString(3, error);
            if (fullBody) ps.setLong(4, wireBytes); else ps.setNull(4, Types.INTEGER);
            if (fullBody) ps.setLong(5, decodedBytes); else ps.setNull(5, Types.INTEGER);
            ps.setLong(6, feedId);
            ps.executeUpdate();
        }
    }
}
