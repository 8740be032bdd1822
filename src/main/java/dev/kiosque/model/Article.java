package dev.kiosque.model;

import java.time.Instant;
import java.util.List;

/**
 * A readable article: metadata and body blocks in document order, with the absolute URLs its
 * body links to. Any metadata field may be null. A date-only publication date is midnight UTC.
 */
public record Article(String url, String title, String byline, Instant published, String site,
                      String section, String lang, List<Block> blocks, List<String> links) {
    public Article {
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
    }

    /** The body as plain text, blocks separated by blank lines (images left out). */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            String t = b.kind() == Block.Kind.TABLE ? tableText(b) : b.text();
            if (b.kind() == Block.Kind.IMAGE || t == null || t.isEmpty()) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(t);
        }
        return out.toString();
    }

    /** Number of words in the body, as a reader would count them. */
    public int words() {
        String t = text().trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String tableText(Block b) {
        StringBuilder out = new StringBuilder(b.text() == null ? "" : b.text());
        for (List<String> row : b.rows()) {
            if (out.length() > 0) out.append('\n');
            out.append(String.join(" | ", row));
        }
        return out.toString();
    }

    public Article withSection(String value) {
        return new Article(url, title, byline, published, site, value, lang, blocks, links);
    }
}
