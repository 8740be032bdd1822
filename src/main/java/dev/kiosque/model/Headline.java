package dev.kiosque.model;

import java.time.Instant;
import java.util.List;

/** A stored item as listed: the store's numeric id, where it belongs, and its read/starred state. */
public record Headline(long id, String section, String feed, String title, String link, String author,
                       Instant published, String summary, List<String> categories, boolean read,
                       boolean starred) {
    public Headline {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public Headline withRead(boolean value) {
        return new Headline(id, section, feed, title, link, author, published, summary, categories, value, starred);
    }

    public Headline withStarred(boolean value) {
        return new Headline(id, section, feed, title, link, author, published, summary, categories, read, value);
    }
}
