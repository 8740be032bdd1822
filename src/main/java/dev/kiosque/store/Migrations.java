package dev.kiosque.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as an ordered list of migrations: migration {@code i} (0-based) brings the database
 * from {@code PRAGMA user_version} {@code i} to {@code i + 1}. Append new steps; never edit a
 * released one. Each step runs in its own transaction, so a crash leaves a whole version.
 */
final class Migrations {

    /** Version 1: sources, items, tombstones of pruned items, the fetch log, cached articles, meta. */
    private static final String V1 = """
            CREATE TABLE feeds (
              id INTEGER PRIMARY KEY,
              url TEXT NOT NULL UNIQUE,
              name TEXT,
              title TEXT,
              section TEXT,
              position INTEGER NOT NULL DEFAULT 0,
              configured INTEGER NOT NULL DEFAULT 0,
              etag TEXT,
              last_modified TEXT,
              last_fetched INTEGER,
              last_status INTEGER NOT NULL DEFAULT 0,
              last_error TEXT,
              body_wire_bytes INTEGER,
              body_decoded_bytes INTEGER
            );
            CREATE TABLE items (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
              guid TEXT NOT NULL,
              title TEXT,
              link TEXT,
              author TEXT,
              published INTEGER,
              updated INTEGER,
              first_seen INTEGER NOT NULL,
              sort_time INTEGER NOT NULL,
              summary TEXT,
              content_html TEXT,
              categories TEXT,
              enclosure_url TEXT,
              enclosure_type TEXT,
              enclosure_length INTEGER,
              read INTEGER NOT NULL DEFAULT 0,
              starred INTEGER NOT NULL DEFAULT 0,
              search_text TEXT NOT NULL DEFAULT '',
              fingerprint INTEGER NOT NULL DEFAULT 0,
              UNIQUE (feed_id, guid)
            );
            CREATE INDEX items_by_time ON items (sort_time DESC, id);
            CREATE INDEX items_by_feed ON items (feed_id, sort_time DESC);
            CREATE INDEX items_unread ON items (feed_id) WHERE read = 0;
            CREATE INDEX items_by_link ON items (link);
            CREATE TABLE forgotten (
              feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
              guid TEXT NOT NULL,
              last_seen INTEGER NOT NULL,
              PRIMARY KEY (feed_id, guid)
            ) WITHOUT ROWID;
            CREATE TABLE fetch_log (
              id INTEGER PRIMARY KEY,
              at INTEGER NOT NULL,
              day TEXT NOT NULL,
              kind TEXT NOT NULL,
              feed_url TEXT,
              url TEXT NOT NULL,
              status INTEGER NOT NULL,
              wire_bytes INTEGER NOT NULL,
              decoded_bytes INTEGER NOT NULL,
              error TEXT
            );
            CREATE INDEX fetch_log_by_time ON fetch_log (at);
            CREATE INDEX fetch_log_by_url ON fetch_log (url, at);
            CREATE TABLE articles (
              url TEXT PRIMARY KEY,
              title TEXT,
              byline TEXT,
              published TEXT,
              site TEXT,
              section TEXT,
              lang TEXT,
              blocks TEXT NOT NULL,
              links TEXT NOT NULL,
              fetched_at INTEGER NOT NULL
            );
            CREATE TABLE meta (
              key TEXT PRIMARY KEY,
              value TEXT
            ) WITHOUT ROWID;
            """;

    /**
     * Version 2, the low-bandwidth ledger and schedule: what each 304 saved; when each source is
     * next due, its run of failures and its own update period (RSS ttl, sy:updatePeriod); the
     * validators and wire size of each cached article page.
     */
    private static final String V2 = """
            ALTER TABLE fetch_log ADD COLUMN saved_bytes INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX fetch_log_by_day ON fetch_log (day);
            ALTER TABLE feeds ADD COLUMN next_due INTEGER;
            ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE feeds ADD COLUMN update_every INTEGER;
            ALTER TABLE articles ADD COLUMN etag TEXT;
            ALTER TABLE articles ADD COLUMN last_modified TEXT;
            ALTER TABLE articles ADD COLUMN wire_bytes INTEGER;
            """;

    /**
     * Version 3, a covering index for listings: {@code kiosque headlines} walks the items newest
     * first and, in plain output, prints only their time, source, title and read state. Through
     * {@code items_by_time} each row was read from the table, whose rows carry the whole article
     * HTML (~3 KB an item); this index holds what such a listing reads, so the table is not
     * touched. It starts with the columns of {@code items_by_time}, which it replaces. Measured at
     * 15 000 items: the listing query 0.07 -> 0.02 CPU-s, the file +3 %, inserting them +5 %.
     */
    private static final String V3 = """
            CREATE INDEX items_listing ON items (sort_time DESC, id, feed_id, published, read, starred, title);
            DROP INDEX items_by_time;
            """;

    /** Every migration, in order. The schema version of this kiosque is its size. */
    static final List<String> ALL = List.of(V1, V2, V3);

    private Migrations() {}

    /** The schema version this code writes. */
    static int latest() {
        return ALL.size();
    }

    /**
     * Applies the steps of {@code steps} the database lacks, each in its own write transaction
     * (re-reading the version inside it, so two processes opening a new store at once are safe).
     * A database newer than {@code steps} is refused.
     */
    static void migrate(Connection c, Path file, List<String> steps) throws SQLException {
        int version = userVersion(c);
        checkNotNewer(file, version, steps.size());
        // Up to date (the usual case): take no write lock, so opening never waits for another process.
        if (version == steps.size()) return;
        for (int target = 1; target <= steps.size(); target++) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    int current = userVersion(c);
                    checkNotNewer(file, current, steps.size());
                    if (current < target) {
                        s.executeUpdate(steps.get(target - 1));
                        s.execute("PRAGMA user_version = " + target);
                    }
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    try {
                        s.execute("ROLLBACK");
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback);
                    }
                    throw e;
                }
            }
        }
    }

    private static void checkNotNewer(Path file, int version, int known) {
        if (version > known) {
            throw new StoreException(file + " was written by a newer kiosque (schema " + version
                    + ", this one knows " + known + "); upgrade kiosque or use another --data-dir");
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
