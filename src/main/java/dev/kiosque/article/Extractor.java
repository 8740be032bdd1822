package dev.kiosque.article;

import dev.kiosque.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Readable-content extraction: the article's metadata and body, without the page's clutter.
 * Never throws on odd input: a page with no article gives an article with no blocks.
 */
public final class Extractor {
    private Extractor() {}

    /**
     * Extracts the article from raw page bytes; the charset is detected from the bytes
     * (BOM, {@code <meta>}) unless {@code charsetHint} (the HTTP charset) is given.
     *
     * @param html        the page as downloaded
     * @param url         the page's URL, used to resolve relative links (may be null)
     * @param charsetHint the charset named by the HTTP Content-Type header, or null
     */
    public static Article extract(byte[] html, String url, String charsetHint) {
        return extract(Charsets.decode(html, charsetHint), url);
    }

    /** Extracts from an HTML fragment or page already decoded, e.g. a feed's content:encoded. */
    public static Article extract(String html, String url) {
        return extract(html, url, ExtractorSettings.DEFAULTS);
    }

    /** Extracts with other thresholds than the defaults, for experiments and tests. */
    public static Article extract(String html, String url, ExtractorSettings settings) {
        Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
        return new Extraction(doc, url, settings).run();
    }
}
