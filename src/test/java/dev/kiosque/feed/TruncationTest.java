package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A download cut anywhere yields a feed (with only whole items) or a FeedException, never a crash. */
class TruncationTest {

    /** Cut every this many bytes: enough positions to land inside tags, entities and multi-byte characters. */
    private static final int STEP = 61;

    @ParameterizedTest
    @ValueSource(strings = {"newsroom/feeds/politique.xml", "newsroom/feeds/sports.atom", "newsroom/feeds/business.json",
        "newsroom/feeds/societe-rdf.xml", "newsroom/feeds/broken.xml", "encoding/utf16le-bom.xml"})
    void every_cut_gives_whole_items_or_a_feed_exception(String path) {
        byte[] full = Fixtures.bytes(path);
        for (int cut = 0; cut < full.length; cut += STEP) {
            byte[] part = Arrays.copyOf(full, cut);
            try {
                ParsedFeed feed = FeedReader.read(part, "http://127.0.0.1:8765/feeds/x", null);
                for (Item item : feed.items()) {
                    assertTrue(item.id() != null && !item.id().isEmpty(), path + " cut at " + cut + ": item without id");
                    assertTrue(item.link() != null, path + " cut at " + cut + ": a cut item was kept");
                }
            } catch (FeedException expected) {
                // nothing readable yet: a per-feed error is the right outcome
            }
        }
    }
}
