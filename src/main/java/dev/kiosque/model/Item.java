package dev.kiosque.model;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a parsed feed, already mapped from its wire format: plain-text title and summary
 * (entities decoded, tags removed, controls stripped), absolute link, UTC dates or null.
 * {@code contentHtml} is the full content as HTML when the feed carries it (content:encoded,
 * Atom content, JSON Feed content_html), else null. {@code id} is the guid/id, else the link,
 * else a hash of title and date: stable across refreshes.
 */
public record Item(String id, String title, String link, List<String> authors, Instant published,
                   Instant updated, String summary, String contentHtml, List<String> categories,
                   Enclosure enclosure) {
    public Item {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The first author, or null. */
    public String author() {
        return authors.isEmpty() ? null : authors.get(0);
    }
}
