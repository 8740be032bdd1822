package dev.kiosque.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

/**
 * The indexes on items whose order has nothing to do with the order items arrive in: newest
 * first across every source ({@code items_listing}) and by link ({@code items_by_link}). One
 * source's 30 items land on ~30 different pages of each, so every source saved in its own
 * transaction rewrites some 60 pages of them in the log: 70 % of what a first refresh of 500
 * sources wrote (165 of 230 MB, with the checkpoints). Filling an empty store without them and
 * building them at the end, from sorted rows, writes each of their pages once.
 *
 * <p>A store must never stay without them: every open checks for them ({@link #missing}) and
 * builds them when missing, so a refresh that died before building them again leaves them to the
 * next process.
 */
final class ScatteredIndexes {

    /** What building them is called in error messages. */
    static final String BUILDING = "building the listing indexes";

    /** One of them: its name and its columns, as the latest migration defines it. */
    private record Index(String name, String columns) {}

    private static final List<Index> ALL = List.of(
            new Index("items_listing", "(sort_time DESC, id, feed_id, published, read, starred, title)"),
            new Index("items_by_link", "(link)"));

    private ScatteredIndexes() {}

    /** Whether the items table holds no row. */
    static boolean noItems(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM items)")) {
            return rs.next() && rs.getInt(1) == 0;
        }
    }

    /** Drops them (inside the caller's write transaction). */
    static void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Index index : ALL) s.execute("DROP INDEX IF EXISTS " + index.name());
        }
    }

    /** Builds the ones missing (a {@link Database.Work} for a write transaction). */
    static Void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Index index : ALL) s.execute("CREATE INDEX IF NOT EXISTS " + index.name() + " ON items " + index.columns());
        }
        return null;
    }

    /**
     * Whether one of them is missing (a refresh dropped them and did not finish): checked at every
     * open, after the migrations. A read of the schema, no lock taken.
     */
    static boolean missing(Connection c) throws SQLException {
        String names = String.join(", ", Collections.nCopies(ALL.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN (" + names + ")")) {
            for (int i = 0; i < ALL.size(); i++) ps.setString(i + 1, ALL.get(i).name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) < ALL.size();
            }
        }
    }
}
