package dev.kiosque.model;

import java.util.List;

/**
 * One width-independent unit of an article body. {@code text} is plain text (no markup, no
 * controls). {@code links} mark which spans of {@code text} are links, by index into
 * {@link Article#links()}. {@code level} is the heading level (1-6) for headings, the nesting depth
 * (0-based) for list items, else 0. {@code rows} holds the cells of a table (header row first) and
 * is empty for other kinds; a table's {@code text} is its caption or empty.
 */
public record Block(Kind kind, String text, int level, List<LinkSpan> links, List<List<String>> rows) {

    /** Block kinds, with the names used in JSON output. */
    public enum Kind {
        HEADING("heading"), PARAGRAPH("paragraph"), LIST_ITEM("list-item"), QUOTE("quote"),
        CAPTION("caption"), PREFORMATTED("preformatted"), TABLE("table"), IMAGE("image");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }

    /** Characters [start, end) of the block text link to {@code Article.links().get(link)}. */
    public record LinkSpan(int start, int end, int link) {}

    public Block {
        links = links == null ? List.of() : List.copyOf(links);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    public static Block of(Kind kind, String text) {
        return new Block(kind, text, 0, List.of(), List.of());
    }
}
