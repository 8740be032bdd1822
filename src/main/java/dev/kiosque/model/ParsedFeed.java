package dev.kiosque.model;

import java.util.List;

/**
 * The result of parsing one feed or html source. {@code complete} is false when the document was
 * ill-formed or cut off and only the items recovered before the damage are here.
 */
public record ParsedFeed(String format, FeedMeta meta, List<Item> items, boolean complete) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
