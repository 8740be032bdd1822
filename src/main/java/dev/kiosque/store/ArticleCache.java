package dev.kiosque.store;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Extracted articles kept by URL for offline reading. Metadata lives in columns; the blocks and the
 * link list are each one {@link Codec} value, so an article is one row read in one lookup.
 */
final class ArticleCache {

    /** Bumped when the block encoding changes; older rows then read as a cache miss. */
    private static final int FORMAT = 1;

    private ArticleCache() {}

    static void put(Connection c, Article a, CachedPage page, Instant at) throws SQLException {
        String sql = "INSERT OR REPLACE INTO articles (url, title, byline, published, site, section, lang, "
                + "blocks, links, fetched_at, etag, last_modified, wire_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a.url());
            ps.setString(2, a.title());
            ps.setString(3, a.byline());
            ps.setString(4, a.published() == null ? null : a.published().toString());
            ps.setString(5, a.site());
            ps.setString(6, a.section());
            ps.setString(7, a.lang());
            ps.setString(8, encodeBlocks(a.blocks()));
            ps.setString(9, new Codec.Writer().strings(a.links()).toString());
            ps.setLong(10, at.toEpochMilli());
            ps.setString(11, page == null ? null : page.etag());
            ps.setString(12, page == null ? null : page.lastModified());
            if (page == null) ps.setNull(13, java.sql.Types.INTEGER); else ps.setLong(13, page.wireBytes());
            ps.executeUpdate();
        }
    }

    /** The cached article, or empty when absent or stored in a format this code cannot read. */
    static Optional<Article> get(Connection c, String url) throws SQLException {
        String sql = "SELECT title, byline, published, site, section, lang, blocks, links FROM articles WHERE url = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                try {
                    String published = rs.getString(3);
                    return Optional.of(new Article(url, rs.getString(1), rs.getString(2),
                            published == null ? null : Instant.parse(published), rs.getString(4),
                            rs.getString(5), rs.getString(6), decodeBlocks(rs.getString(7)),
                            decodeLinks(rs.getString(8))));
                } catch (RuntimeException damaged) {
                    return Optional.empty(); // A cache miss: the page is fetched and extracted again.
                }
            }
        }
    }

    /** The validators and size of the cached page at {@code url}, or empty when it is not cached. */
    static Optional<CachedPage> page(Connection c, String url) throws SQLException {
        String sql = "SELECT etag, last_modified, coalesce(wire_bytes, 0), fetched_at FROM articles WHERE url = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new CachedPage(rs.getString(1), rs.getString(2), rs.getLong(3),
                        Instant.ofEpochMilli(rs.getLong(4))));
            }
        }
    }

    static String encodeBlocks(List<Block> blocks) {
        Codec.Writer w = new Codec.Writer().num(FORMAT).num(blocks.size());
        for (Block b : blocks) {
            w.str(b.kind().name()).str(b.text()).num(b.level()).num(b.links().size());
            for (Block.LinkSpan span : b.links()) w.num(span.start()).num(span.end()).num(span.link());
            w.num(b.rows().size());
            for (List<String> row : b.rows()) w.strings(row);
        }
        return w.toString();
    }

    static List<Block> decodeBlocks(String encoded) {
        Codec.Reader r = new Codec.Reader(encoded);
        if (r.num() != FORMAT) throw new IllegalArgumentException("unknown block format");
        int n = r.count();
        List<Block> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Block.Kind kind = Block.Kind.valueOf(r.str());
            String text = r.str();
            int level = Math.toIntExact(r.num());
            int spanCount = r.count();
            List<Block.LinkSpan> spans = new ArrayList<>(spanCount);
            for (int s = 0; s < spanCount; s++) {
                spans.add(new Block.LinkSpan(Math.toIntExact(r.num()), Math.toIntExact(r.num()),
                        Math.toIntExact(r.num())));
            }
            int rowCount = r.count();
            List<List<String>> rows = new ArrayList<>(rowCount);
            for (int row = 0; row < rowCount; row++) rows.add(r.strings());
            blocks.add(new Block(kind, text, level, spans, rows));
        }
        r.end();
        return blocks;
    }

    private static List<String> decodeLinks(String encoded) {
        Codec.Reader r = new Codec.Reader(encoded);
        List<String> links = r.strings();
        r.end();
        return links;
    }
}
