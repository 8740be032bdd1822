package dev.kiosque.article;

import dev.kiosque.model.Article;

/** Readable-content extraction: the article's metadata and body, without the page's clutter. */
public final class Extractor {
    private Extractor() {}

    /**
     * Extracts the article from raw page bytes; the charset is detected from the bytes
     * (BOM, {@code <meta>}) unless {@code charsetHint} (the HTTP charset) is given.
     */
    public static Article extract(byte[] html, String url, String charsetHint) {
        throw new UnsupportedOperationException("TODO article helper");
    }

    /** Extracts from an HTML fragment or page already decoded, e.g. a feed's content:encoded. */
    public static Article extract(String html, String url) {
        throw new UnsupportedOperationException("TODO article helper");
    }
}
