package dev.kiosque.app;

import java.util.List;

/**
 * Which sources to refresh (empty lists: all) and how. {@code jobs} of 0 uses the configured
 * value; {@code articles} also fetches the article pages of new items for offline reading.
 */
public record RefreshRequest(List<String> sections, List<String> feeds, boolean articles, int jobs) {
    public RefreshRequest {
        sections = sections == null ? List.of() : List.copyOf(sections);
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    public static RefreshRequest all() {
        return new RefreshRequest(List.of(), List.of(), false, 0);
    }

    public static RefreshRequest section(String name) {
        return new RefreshRequest(List.of(name), List.of(), false, 0);
    }
}
