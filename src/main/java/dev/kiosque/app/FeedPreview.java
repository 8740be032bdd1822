package dev.kiosque.app;

import dev.kiosque.model.ParsedFeed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A feed parsed without storing it, for {@code feeds show}. {@code contentText} holds, for each
 * item in order, the plain text of its full content, or null when the feed carries none.
 */
public record FeedPreview(String url, ParsedFeed feed, List<String> contentText) {
    public FeedPreview {
        contentText = Collections.unmodifiableList(new ArrayList<>(contentText));   // List.copyOf refuses the nulls we need
    }
}
