package dev.kiosque.feed;

import dev.kiosque.model.ParsedFeed;

/**
 * Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1, sniffed from the bytes. Lenient:
 * an ill-formed or truncated document yields every complete item before the damage.
 */
public final class FeedReader {
    private FeedReader() {}

    /**
     * Parses {@code body}. {@code url} is where it came from (to resolve relative links);
     * {@code charsetHint} is the HTTP charset or null.
     */
    public static ParsedFeed read(byte[] body, String url, String charsetHint) throws FeedException {
        throw new UnsupportedOperationException("TODO feed helper");
    }
}
