package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code file:} URLs and plain paths are read from disk, capped like the network. */
class FetcherFileTest {

    private final Fetcher fetcher = new Fetcher(FetcherHttpTest.settings(Duration.ofSeconds(5)));

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        fetcher.close();
    }

    private Path fixture() throws IOException {
        Path copy = dir.resolve("dossier été/local-feed.xml");
        Files.createDirectories(copy.getParent());
        try (var in = getClass().getResourceAsStream("/net/local-feed.xml")) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void a_plain_path_is_read_from_disk_with_no_wire_bytes() throws IOException {
        Path feed = fixture();

        FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(FetchRequest.of(feed.toString(), 1 << 20)));

        assertArrayEquals(Files.readAllBytes(feed), ok.body());
        assertEquals(0, ok.wireBytes());
        assertEquals(ok.body().length, ok.decodedBytes());
        assertEquals(feed.toString(), ok.url());
        assertFalse(ok.truncated());
    }

    @Test
    void a_file_url_is_read_from_disk_even_with_encoded_characters() throws IOException {
        Path feed = fixture();
        String url = feed.toUri().toString();
        assertTrue(url.contains("%20"), url);

        FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(FetchRequest.of(url, 1 << 20)));

        assertArrayEquals(Files.readAllBytes(feed), ok.body());
    }

    @Test
    void a_file_longer_than_the_cap_is_cut_there() throws IOException {
        Path feed = fixture();

        FetchResult.Ok ok = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(feed.toString(), 10));

        assertEquals(10, ok.body().length);
        assertTrue(ok.truncated());
    }

    @Test
    void a_missing_file_says_so_with_its_path() {
        Path missing = dir.resolve("nowhere.xml");

        FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(FetchRequest.of("file://" + missing, 1000));

        assertEquals("no such file: " + missing, failed.reason());
        assertEquals(0, failed.wireBytes());
    }

    @Test
    void a_directory_is_not_a_feed() {
        FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(FetchRequest.of(dir.toString(), 1000));

        assertEquals("not a file: " + dir, failed.reason());
    }
}
