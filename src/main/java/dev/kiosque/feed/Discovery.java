package dev.kiosque.feed;

import java.util.List;

/** Feed autodiscovery. */
public final class Discovery {
    /** Paths tried when a page declares nothing, in order. */
    public static final List<String> USUAL_PATHS = List.of("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml");

    private Discovery() {}

    /** The feeds an HTML page declares, absolute, in page order, without duplicates. */
    public static List<DiscoveredFeed> declared(byte[] html, String url, String charsetHint) {
        throw new UnsupportedOperationException("TODO feed helper");
    }

    /** True when {@code body} looks like a feed (RSS, RDF, Atom or JSON Feed) rather than a page. */
    public static boolean looksLikeFeed(byte[] body) {
        throw new UnsupportedOperationException("TODO feed helper");
    }
}
