package dev.kiosque.feed;

import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads fixture files from {@code src/test/resources/feed/}. */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String path) {
        // The newsroom site is shared by every package's tests: one copy, at /newsroom.
        String resource = path.startsWith("newsroom/") ? "/" + path : "/feed/" + path;
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no fixture feed/" + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a fixture as if fetched from {@code url} without an HTTP charset. */
    static ParsedFeed feed(String path, String url) throws FeedException {
        return FeedReader.read(bytes(path), url, null);
    }

    static ParsedFeed feed(String path) throws FeedException {
        return feed(path, "https://example.org/feed.xml");
    }

    static Item item(ParsedFeed feed, int index) {
        return feed.items().get(index);
    }
}
