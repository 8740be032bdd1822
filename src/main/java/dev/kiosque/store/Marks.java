package dev.kiosque.store;

import dev.kiosque.model.MarkRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Changes read and starred state; counts only the items whose state actually changed. */
final class Marks {

    /** Ids per UPDATE, so that a mark of thousands of ids stays a handful of short statements. */
    private static final int IDS_PER_STATEMENT = 500;

    private Marks() {}

    static int apply(Connection c, MarkRequest request) throws SQLException {
        String set = switch (request.op()) {
            case READ -> "read = 1";
            case UNREAD -> "read = 0";
            case STAR -> "starred = 1";
            case UNSTAR -> "starred = 0";
        };
        // "read = 1" becomes the guard "NOT (read = 1)": items already in that state are not counted.
        String base = "UPDATE items SET " + set + " WHERE NOT (" + set + ") AND ";
        if (!request.ids().isEmpty()) return byIds(c, base, request.ids());
        List<Long> feeds;
        if (request.section() != null) {
            feeds = Feeds.configuredIds(c, row -> row.inSection(request.section()));
        } else if (request.feed() != null) {
            feeds = Feeds.configuredIds(c, row -> row.isCalled(request.feed()));
        } else if (request.all()) {
            feeds = Feeds.configuredIds(c, row -> true);
        } else {
            throw new IllegalArgumentException("a mark needs item ids, a section, a feed or all");
        }
        if (feeds.isEmpty()) return 0;
        return update(c, base + "feed_id IN " + Feeds.inList(feeds));
    }

    private static int byIds(Connection c, String base, List<Long> ids) throws SQLException {
        int changed = 0;
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            changed += update(c, base + "id IN " + Feeds.inList(chunk));
        }
        return changed;
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
