package dev.kiosque.feed;

import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.ParsedFeed;

/** A page without a feed, read as one: one item per element matching the rule's selector. */
public final class HtmlSource {
    private HtmlSource() {}

    public static ParsedFeed read(byte[] html, String url, String charsetHint, HtmlRule rule) throws FeedException {
        throw new UnsupportedOperationException("TODO feed helper");
    }
}
