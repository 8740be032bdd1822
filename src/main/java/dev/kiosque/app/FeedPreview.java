package dev.kiosque.app;

import dev.kiosque.model.ParsedFeed;
import java.util.List;

/**
 * A feed parsed without storing it, for {@code feeds show}. {@code contentText} holds, for each
 * item in order, the plain text of its full content, or null when the feed carries none.
 */
public record FeedPreview(String url, ParsedFeed feed, List<String> contentText) {
    public FeedPreview {
        contentText = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(contentText));
    }
}
