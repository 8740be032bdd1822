package dev.kiosque.feed;

import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.ParsedFeed;

/** A page without a feed, read as one: one item per element matching the rule's selector. */
public final class HtmlSource {
    private HtmlSource() {}

    public static ParsedFeed read(byte[] html, String url, String charsetHint, HtmlRule rule) throws FeedException {
        throw new UnsupportedOperationException("TODO feed helper");
    }

    /** A rule for the page's repeated article-link pattern, if it has one. */
    public static java.util.Optional<HtmlRule> suggest(byte[] html, String url, String charsetHint) {
        throw new UnsupportedOperationException("TODO feed helper");
    }
}
