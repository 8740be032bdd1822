package dev.kiosque.model;

import java.time.Instant;
import java.util.List;

/**
 * Which stored items to list. Empty lists mean "all"; {@code since} and {@code search} may be null;
 * {@code limit} of 0 means no limit. {@code search} is matched case- and accent-insensitively
 * against titles and summaries, every word must match. Results are newest first. {@code detail}
 * says which fields the listed items carry; the others are null (or empty, for categories).
 */
public record HeadlineQuery(List<String> sections, List<String> feeds, boolean unreadOnly,
                            boolean starredOnly, Instant since, int limit, String search, Detail detail) {

    /**
     * How much of each item a listing reads: less is faster for output that prints less (the
     * store reads every text field through a native call).
     */
    public enum Detail {
        /** Every field. */
        FULL,
        /** Every field but the summary. */
        NO_SUMMARY,
        /** Id, section, feed, title, published, read and starred only: no link, author, summary or categories. */
        TITLES
    }

    public HeadlineQuery {
        sections = sections == null ? List.of() : List.copyOf(sections);
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        detail = detail == null ? Detail.FULL : detail;
    }

    /** A query whose items come with every field. */
    public HeadlineQuery(List<String> sections, List<String> feeds, boolean unreadOnly,
                         boolean starredOnly, Instant since, int limit, String search) {
        this(sections, feeds, unreadOnly, starredOnly, since, limit, search, Detail.FULL);
    }

    public static HeadlineQuery all() {
        return new HeadlineQuery(List.of(), List.of(), false, false, null, 0, null);
    }

    public HeadlineQuery withSections(List<String> value) {
        return new HeadlineQuery(value, feeds, unreadOnly, starredOnly, since, limit, search, detail);
    }

    public HeadlineQuery withSearch(String value) {
        return new HeadlineQuery(sections, feeds, unreadOnly, starredOnly, since, limit, value, detail);
    }

    public HeadlineQuery withStarredOnly(boolean value) {
        return new HeadlineQuery(sections, feeds, unreadOnly, value, since, limit, search, detail);
    }

    public HeadlineQuery withDetail(Detail value) {
        return new HeadlineQuery(sections, feeds, unreadOnly, starredOnly, since, limit, search, value);
    }
}
