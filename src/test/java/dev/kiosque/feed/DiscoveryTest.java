package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscoveryTest {

    @Test
    void newsroom_home_declares_its_five_feeds_in_page_order() {
        List<DiscoveredFeed> feeds = Discovery.declared(Fixtures.bytes("newsroom/index.html"), "http://127.0.0.1:8765/", null);
        assertEquals(List.of("http://127.0.0.1:8765/feeds/politique.xml", "http://127.0.0.1:8765/feeds/sports.atom",
                "http://127.0.0.1:8765/feeds/business.json", "http://127.0.0.1:8765/feeds/societe-rdf.xml",
                "http://127.0.0.1:8765/feeds/broken.xml"), feeds.stream().map(DiscoveredFeed::url).toList());
        assertEquals(new DiscoveredFeed("http://127.0.0.1:8765/feeds/business.json", "MonKiosk - Business",
                "application/feed+json"), feeds.get(2));
    }

    @Test
    void duplicates_and_non_feed_alternates_are_dropped() {
        List<DiscoveredFeed> feeds = Discovery.declared(Fixtures.bytes("notfeed/html-page.html"), "https://site.example.org/page", null);
        assertEquals(List.of(new DiscoveredFeed("https://site.example.org/feed", null, "application/rss+xml"),
                new DiscoveredFeed("https://site.example.org/atom.xml", "Atom", "application/atom+xml")), feeds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"newsroom/feeds/politique.xml", "newsroom/feeds/sports.atom", "newsroom/feeds/business.json",
        "newsroom/feeds/societe-rdf.xml", "newsroom/feeds/broken.xml", "rss/rss091.xml", "encoding/utf16le-bom.xml"})
    void feeds_look_like_feeds(String path) {
        assertTrue(Discovery.looksLikeFeed(Fixtures.bytes(path)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"newsroom/index.html", "newsroom/sections/societe.html", "notfeed/other-json.json", "notfeed/empty.xml"})
    void pages_do_not_look_like_feeds(String path) {
        assertFalse(Discovery.looksLikeFeed(Fixtures.bytes(path)));
    }

    @Test
    void nothing_is_not_a_feed() {
        assertFalse(Discovery.looksLikeFeed(new byte[0]));
        assertFalse(Discovery.looksLikeFeed("plain text".getBytes(StandardCharsets.UTF_8)));
    }
}
