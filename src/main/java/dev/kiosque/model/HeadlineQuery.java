package dev.kiosque.model;

import java.time.Instant;
import java.util.List;

/**
 * Which stored items to list. Empty lists mean "all"; {@code since} and {@code search} may be null;
 * {@code limit} of 0 means no limit. {@code search} is matched case- and accent-insensitively
 * against titles and summaries, every word must match. Results are newest first. Without
 * {@code summaries}, listed items come with a null summary (cheaper, for output that shows none).
 */
public record HeadlineQuery(List<String> sections, List<String> feeds, boolean unreadOnly,
                            boolean starredOnly, Instant since, int limit, String search, boolean summaries) {
    public HeadlineQuery {
        sections = sections == null ? List.of() : List.copyOf(sections);
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    /** A query whose items come with their summaries. */
    public HeadlineQuery(List<String> sections, List<String> feeds, boolean unreadOnly,
                         boolean starredOnly, Instant since, int limit, String search) {
        this(sections, feeds, unreadOnly, starredOnly, since, limit, search, true);
    }

    public static HeadlineQuery all() {
        return new HeadlineQuery(List.of(), List.of(), false, false, null, 0, null);
    }

    public HeadlineQuery withSections(List<String> value) {
        return new HeadlineQuery(value, feeds, unreadOnly, starredOnly, since, limit, search, summaries);
    }

    public HeadlineQuery withSearch(String value) {
        return new HeadlineQuery(sections, feeds, unreadOnly, starredOnly, since, limit, value, summaries);
    }

    public HeadlineQuery withStarredOnly(boolean value) {
        return new HeadlineQuery(sections, feeds, unreadOnly, value, since, limit, search, summaries);
    }

    /** The same query, its items without summaries. */
    public HeadlineQuery withoutSummaries() {
        return new HeadlineQuery(sections, feeds, unreadOnly, starredOnly, since, limit, search, false);
    }
}
