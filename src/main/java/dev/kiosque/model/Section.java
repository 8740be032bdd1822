package dev.kiosque.model;

import java.util.List;

/** A named group of sources, in config order. */
public record Section(String name, List<FeedRef> feeds) {
    public Section {
        feeds = List.copyOf(feeds);
    }
}
