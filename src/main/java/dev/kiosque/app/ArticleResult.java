package dev.kiosque.app;

import dev.kiosque.model.Article;
import dev.kiosque.model.Headline;

/**
 * An article ready to show. {@code item} is the stored item it belongs to (null when read from a
 * URL, file or stdin); {@code note} is a one-line remark for the reader (e.g. "Only the feed's
 * summary: the page gave too little text.") or null.
 */
public record ArticleResult(Headline item, Article article, Origin origin, String note) {
    /** Where the text came from. */
    public enum Origin { CACHE, FEED, FETCHED, FILE, SUMMARY }
}
