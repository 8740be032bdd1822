package dev.kiosque.model;

/**
 * One source as configured in feeds.yaml. The URL is the source's identity (duplicates are a
 * configuration error); {@code name} is the configured name or null, in which case the feed's own
 * title is shown. {@code html} is set only for {@link SourceKind#HTML} sources.
 */
public record FeedRef(String url, String name, String section, SourceKind kind, HtmlRule html) {

    public static FeedRef feed(String url, String name, String section) {
        return new FeedRef(url, name, section, SourceKind.FEED, null);
    }
}
