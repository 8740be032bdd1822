package dev.kiosque.store;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.text.Fold;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves one parsed feed: upserts its items by (feed, item id) with batched statements. An item
 * already stored is rewritten only when its content changed (detected by a fingerprint), and
 * never loses its read or starred state; an item pruned earlier stays forgotten.
 */
final class ItemWriter {

    /**
     * A parameter bound as UTF-8 bytes and stored as text. The three longest texts of an item
     * (summary, content, search text) are encoded in {@link #prepare}, before the write
     * transaction: sqlite-jdbc would encode a string inside it, in the one writer every refresh
     * worker waits for. SQLite casts the bytes to text as they are (its encoding is UTF-8), so
     * what is stored is the same text as a bound string.
     */
    private static final String TEXT = "CAST(? AS TEXT)";
    private static final String INSERT = "INSERT INTO items (feed_id, guid, title, link, author, published, "
            + "updated, summary, content_html, categories, enclosure_url, enclosure_type, enclosure_length, "
            + "search_text, fingerprint, first_seen, sort_time) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, " + TEXT + ", " + TEXT + ", ?, ?, ?, ?, " + TEXT + ", ?, ?, coalesce(?, ?))";
    private static final String UPDATE = "UPDATE items SET feed_id = ?, guid = ?, title = ?, link = ?, "
            + "author = ?, published = ?, updated = ?, summary = " + TEXT + ", content_html = " + TEXT
            + ", categories = ?, enclosure_url = ?, enclosure_type = ?, enclosure_length = ?, search_text = "
            + TEXT + ", fingerprint = ?, sort_time = coalesce(?, first_seen) WHERE id = ?";

    private ItemWriter() {}

    /**
     * What a save writes of each item and can work out without the database: its id, fingerprint,
     * folded search text and encoded categories. Made before the write transaction, so that this
     * work runs on the saving worker's core in parallel with other saves instead of inside the
     * store's one writer, which every worker waits for (a tenth of a first refresh's CPU).
     */
    record Prepared(ParsedFeed feed, List<Row> rows) {}

    /** One item as it will be written, with what {@link #prepare} worked out. */
    record Row(String guid, Item item, long fingerprint, byte[] searchText, String categories, byte[] summary,
               byte[] content) {}

    /** The rows of {@code feed}, one per item id (a feed repeating an id: the first one wins). */
    static Prepared prepare(ParsedFeed feed) {
        List<Row> rows = new ArrayList<>(feed.items().size());
        Set<String> seen = new HashSet<>();
        char[] scratch = new char[Fnv.CHUNK];   // the fingerprints' scratch, one per feed rather than 2 KB per item
        for (Item item : feed.items()) {
            String guid = guid(item);
            if (!seen.add(guid)) continue;
            rows.add(new Row(guid, item, fingerprint(item, scratch), utf8(searchText(item)),
                    Codec.encodeList(item.categories()), utf8(item.summary()), utf8(item.contentHtml())));
        }
        return new Prepared(feed, rows);
    }

    /**
     * Saves the {@link #prepare prepared} items of the source with row id {@code feedId} and its
     * validators, inside the caller's write transaction.
     */
    static SaveResult save(Connection c, long feedId, Prepared prepared, String etag, String lastModified, Instant at)
            throws SQLException {
        updateFeed(c, feedId, prepared.feed(), etag, lastModified);
        Map<String, long[]> stored = storedFingerprints(c, feedId);
        Set<String> forgotten = forgottenGuids(c, feedId);
        try (Batch batch = new Batch(c, feedId, at)) {
            for (Row row : prepared.rows()) {
                if (forgotten.contains(row.guid())) {
                    batch.touch(row.guid());
                } else {
                    batch.upsert(row, stored.get(row.guid()));
                }
            }
            return batch.execute();
        }
    }

    /** The batched statements of one save, and what they will change. */
    private static final class Batch implements AutoCloseable {
        private final long feedId;
        private final long at;
        private final PreparedStatement insert;
        private final PreparedStatement update;
        private final PreparedStatement touch;
        private int added;
        private int updated;
        private int unchanged;

        Batch(Connection c, long feedId, Instant at) throws SQLException {
            this.feedId = feedId;
            this.at = at.toEpochMilli();
            this.insert = c.prepareStatement(INSERT);
            this.update = c.prepareStatement(UPDATE);
            this.touch = c.prepareStatement("UPDATE forgotten SET last_seen = ? WHERE feed_id = ? AND guid = ?");
        }

        /** Queues an insert for a new item, or a rewrite when its fingerprint changed; {@code old} is {id, fingerprint}. */
        void upsert(Row row, long[] old) throws SQLException {
            if (old == null) {
                bindItem(insert, feedId, row);
                insert.setLong(16, at);
                setTime(insert, 17, row.item().published());
                insert.setLong(18, at);
                insert.addBatch();
                added++;
            } else if (old[1] != row.fingerprint()) {
                bindItem(update, feedId, row);
                setTime(update, 16, row.item().published());
                update.setLong(17, old[0]);
                update.addBatch();
                updated++;
            } else {
                unchanged++;
            }
        }

        /** Notes that a pruned item is still in its feed, so it stays forgotten. */
        void touch(String guid) throws SQLException {
            touch.setLong(1, at);
            touch.setLong(2, feedId);
            touch.setString(3, guid);
            touch.addBatch();
            unchanged++;
        }

        SaveResult execute() throws SQLException {
            insert.executeBatch();
            update.executeBatch();
            touch.executeBatch();
            return new SaveResult(added, updated, unchanged);
        }

        @Override
        public void close() throws SQLException {
            try (insert; update; touch) {
                // try-with-resources closes all three, even when one fails
            }
        }
    }

    private static void updateFeed(Connection c, long feedId, ParsedFeed feed, String etag, String lastModified)
            throws SQLException {
        String title = feed.meta() == null ? null : feed.meta().title();
        String sql = "UPDATE feeds SET title = coalesce(?, title), etag = ?, last_modified = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, title == null || title.isBlank() ? null : title);
            ps.setString(2, etag);
            ps.setString(3, lastModified);
            ps.setLong(4, feedId);
            ps.executeUpdate();
        }
    }

    /** guid → {row id, fingerprint} of the items this feed already has. */
    private static Map<String, long[]> storedFingerprints(Connection c, long feedId) throws SQLException {
        Map<String, long[]> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, id, fingerprint FROM items WHERE feed_id = ?")) {
            ps.setLong(1, feedId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) stored.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return stored;
    }

    private static Set<String> forgottenGuids(Connection c, long feedId) throws SQLException {
        Set<String> guids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid FROM forgotten WHERE feed_id = ?")) {
            ps.setLong(1, feedId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) guids.add(rs.getString(1));
            }
        }
        return guids;
    }

    /** Binds parameters 1-15, shared by INSERT and UPDATE. */
    private static void bindItem(PreparedStatement ps, long feedId, Row row) throws SQLException {
        Item item = row.item();
        ps.setLong(1, feedId);
        ps.setString(2, row.guid());
        ps.setString(3, item.title());
        ps.setString(4, item.link());
        ps.setString(5, item.author());
        setTime(ps, 6, item.published());
        setTime(ps, 7, item.updated());
        ps.setBytes(8, row.summary());
        ps.setBytes(9, row.content());
        ps.setString(10, row.categories());
        Enclosure e = item.enclosure();
        ps.setString(11, e == null ? null : e.url());
        ps.setString(12, e == null ? null : e.type());
        if (e == null) ps.setNull(13, Types.INTEGER); else ps.setLong(13, e.length());
        ps.setBytes(14, row.searchText());
        ps.setLong(15, row.fingerprint());
    }

    private static void setTime(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) ps.setNull(index, Types.INTEGER); else ps.setLong(index, t.toEpochMilli());
    }

    /** The UTF-8 bytes of {@code s} as sqlite-jdbc would encode it to bind it, or null. */
    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    /** What search matches against: the folded title and summary ({@link Fold#of} of each). */
    static String searchText(Item item) {
        return Fold.of(item.title()) + "\n" + Fold.of(item.summary());
    }

    /** The item's id in the store; a parser should always give one, but a missing id must not lose the item. */
    static String guid(Item item) {
        if (item.id() != null && !item.id().isEmpty()) return item.id();
        if (item.link() != null && !item.link().isEmpty()) return item.link();
        return "title:" + item.title() + "|" + item.published();
    }

    /**
     * A 64-bit FNV-1a hash of the fields a reader sees, to tell a changed item without reading it
     * back. The {@code updated} date is left out: some feeds bump it on every request, which would
     * rewrite (and count as updated) every item on every refresh; it is stored with any other change.
     */
    static long fingerprint(Item item) {
        return fingerprint(item, new char[Fnv.CHUNK]);
    }

    /** As {@link #fingerprint(Item)}, with {@code scratch} ({@link Fnv#CHUNK} units) as working space. */
    private static long fingerprint(Item item, char[] scratch) {
        Fnv h = new Fnv(scratch);
        h.add(item.title()).add(item.link()).add(item.author()).add(String.valueOf(item.published()))
                .add(item.summary()).add(item.contentHtml())
                .add(String.join("\u0000", item.categories()));
        Enclosure e = item.enclosure();
        if (e != null) h.add(e.url()).add(e.type()).add(Long.toString(e.length()));
        return h.value;
    }

    /** FNV-1a over UTF-16 units; each field is preceded by its length so that fields cannot run together. */
    private static final class Fnv {
        private static final long OFFSET = 0xcbf29ce484222325L;
        private static final long PRIME = 0x100000001b3L;
        static final int CHUNK = 1024;
        long value = OFFSET;
        private final char[] chunk;

        Fnv(char[] chunk) {
            this.chunk = chunk;
        }

        Fnv add(String s) {
            mix(s == null ? -1 : s.length());
            if (s == null) return this;
            // Fast path: the units are copied a chunk at a time into a local array, which the
            // compiler loops over far faster than over charAt calls (2% of a refresh's CPU).
            long v = value;
            for (int start = 0; start < s.length(); start += CHUNK) {
                int end = Math.min(s.length(), start + CHUNK);
                s.getChars(start, end, chunk, 0);
                for (int i = 0, n = end - start; i < n; i++) v = (v ^ chunk[i]) * PRIME;
            }
            value = v;
            return this;
        }

        private void mix(int v) {
            value = (value ^ v) * PRIME;
        }
    }
}
