package dev.kiosque.store;

import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.HeadlineQuery.Detail;
import dev.kiosque.text.Fold;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Item listings. Sections and feed names are resolved to source ids in Java first (there are at
 * most a few hundred sources, and SQLite's lower() knows no accents), then one indexed query walks
 * the items newest first.
 */
final class Headlines {

    private static final String SELECT = "SELECT i.id, f.section, f.name, f.title, f.url, i.title, i.link, "
            + "i.author, i.published, i.summary, i.categories, i.read, i.starred "
            + "FROM items i JOIN feeds f ON f.id = i.feed_id ";
    /**
     * The columns a listing needs, the source by id only (resolved in Java from the few hundred
     * source rows): each column fetched costs a native call, so the source id, read, starred and
     * whether there is a publication time come packed in one number ({@link #PACKED}).
     * Newest first; among items of the same time, the feed's own order (inserted first, listed first).
     */
    private static final String SELECT_ITEMS = "SELECT id, " + Headlines.PACKED + ", title, link, author, published, summary, "
            + "categories FROM items ";
    /** {@link #SELECT_ITEMS} without the summaries, the longest text of a listing ({@link Detail#NO_SUMMARY}). */
    private static final String SELECT_ITEMS_NO_SUMMARY = "SELECT id, " + Headlines.PACKED + ", title, link, author, published, "
            + "NULL, categories FROM items ";
    /**
     * {@link #SELECT_ITEMS} with the title as the only text ({@link Detail#TITLES}): every column it
     * reads is in the index {@code items_listing}, so the rows themselves are never read.
     */
    private static final String SELECT_TITLES = "SELECT id, " + Headlines.PACKED + ", title, NULL, NULL, published, NULL, "
            + "NULL FROM items ";
    /** Up to this many sources, a listing goes through the feed index rather than the time index. */
    private static final int FEW_FEEDS = 8;

    /**
     * Bits 0 and 1: read and starred; bit 2: no publication time; the source id above them. A
     * constant expression, so that {@link #SELECT_ITEMS} is one constant string.
     */
    static final String PACKED = "(feed_id << 3) | ((published IS NULL) << 2) | ((read | (starred << 1)) & 3)";

    private Headlines() {}

    static List<Headline> list(Connection c, HeadlineQuery q) throws SQLException {
        Map<Long, FeedRow> feeds = new HashMap<>();
        for (FeedRow row : Feeds.all(c)) {
            if (row.configured() && row.matches(q.sections(), q.feeds())) feeds.put(row.id(), row);
        }
        if (feeds.isEmpty()) return List.of();
        // With few sources, find their items through the feed index and sort them; with many,
        // walk the time index in order and filter ("+" keeps SQLite off the feed index), which also
        // lets a LIMIT stop early.
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(listing(q, List.copyOf(feeds.keySet()), params))) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            return readItems(ps, feeds, q.detail());
        }
    }

    /** The SQL of a listing of the items of sources {@code feedIds}; its parameters are added to {@code params}. */
    static String listing(HeadlineQuery q, List<Long> feedIds, List<Object> params) {
        String feedColumn = feedIds.size() <= FEW_FEEDS ? "feed_id" : "+feed_id";
        String select = switch (q.detail()) {
            case FULL -> SELECT_ITEMS;
            case NO_SUMMARY -> SELECT_ITEMS_NO_SUMMARY;
            case TITLES -> SELECT_TITLES;
        };
        StringBuilder sql = new StringBuilder(select)
                .append("WHERE ").append(feedColumn).append(" IN ").append(Feeds.inList(feedIds));
        if (q.unreadOnly()) sql.append(" AND read = 0");
        if (q.starredOnly()) sql.append(" AND starred = 1");
        if (q.since() != null) {
            sql.append(" AND sort_time >= ?");
            params.add(q.since().toEpochMilli());
        }
        for (String word : searchWords(q.search())) {
            sql.append(" AND instr(search_text, ?) > 0");
            params.add(word);
        }
        sql.append(" ORDER BY sort_time DESC, id ASC");
        if (q.limit() > 0) {
            sql.append(" LIMIT ?");
            params.add(q.limit());
        }
        return sql.toString();
    }

    /** Rows of {@link #SELECT_ITEMS}, their source looked up in {@code feeds}. */
    private static List<Headline> readItems(PreparedStatement ps, Map<Long, FeedRow> feeds, Detail detail)
            throws SQLException {
        boolean links = detail != Detail.TITLES;           // link, author and categories
        boolean summaries = detail == Detail.FULL;
        // each source's display name worked out once, not once per item
        Map<Long, String> names = new HashMap<>();
        for (FeedRow feed : feeds.values()) names.put(feed.id(), feed.display());
        List<Headline> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            // One call per row, not one loop body: a method called thousands of times is compiled
            // (C1) after a few hundred calls, where a loop run once stays interpreted (issue 6).
            while (rs.next()) out.add(row(rs, feeds, names, links, summaries));
        }
        return out;
    }

    /** The headline of the current row of {@link #SELECT_ITEMS} (or its variants). */
    private static Headline row(ResultSet rs, Map<Long, FeedRow> feeds, Map<Long, String> names, boolean links,
            boolean summaries) throws SQLException {
        long packed = rs.getLong(2);
        Long feedId = packed >>> 3;
        FeedRow feed = feeds.get(feedId);
        Instant when = (packed & 4) != 0 ? null : Instant.ofEpochMilli(rs.getLong(6));
        return new Headline(rs.getLong(1), feed.section(), names.get(feedId), text(rs, 3),
                links ? rs.getString(4) : null, links ? rs.getString(5) : null, when,
                summaries ? rs.getString(7) : null, links ? Codec.decodeList(rs.getString(8)) : List.of(),
                (packed & 1) != 0, (packed & 2) != 0);
    }

    /**
     * A text column read as its UTF-8 bytes: sqlite-jdbc's {@code getString} wraps the text in a
     * direct buffer and copies it before decoding, per row of a listing of thousands.
     */
    private static String text(ResultSet rs, int column) throws SQLException {
        byte[] utf8 = rs.getBytes(column);
        return utf8 == null ? null : new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The folded words of a search; every one must occur in an item's title or summary. */
    static List<String> searchWords(String search) {
        if (search == null) return List.of();
        List<String> words = new ArrayList<>();
        for (String w : Fold.of(search).split("\\s+")) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    static Optional<Headline> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE i.id = ?")) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    /** The newest item with this link, preferring one from a configured source. */
    static Optional<Headline> byLink(Connection c, String link) throws SQLException {
        String sql = SELECT + "WHERE i.link = ? ORDER BY f.configured DESC, i.sort_time DESC, i.id DESC LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, link);
            return read(ps).stream().findFirst();
        }
    }

    private static List<Headline> read(PreparedStatement ps) throws SQLException {
        List<Headline> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long published = rs.getLong(9);
                Instant when = rs.wasNull() ? null : Instant.ofEpochMilli(published);
                out.add(new Headline(rs.getLong(1), rs.getString(2),
                        FeedRow.displayName(rs.getString(3), rs.getString(4), rs.getString(5)),
                        rs.getString(6), rs.getString(7), rs.getString(8), when, rs.getString(10),
                        Codec.decodeList(rs.getString(11)), rs.getInt(12) != 0, rs.getInt(13) != 0));
            }
        }
        return out;
    }
}
