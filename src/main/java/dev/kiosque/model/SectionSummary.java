package dev.kiosque.model;

import java.util.List;

/** A configured section with its sources and item counts. */
public record SectionSummary(String name, List<FeedSummary> feeds, int items, int unread) {
    public SectionSummary {
        feeds = List.copyOf(feeds);
    }
}
