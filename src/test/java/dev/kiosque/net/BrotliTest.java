package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 5: Content-Encoding br, decoded with org.brotli:dec and capped like gzip. */
class BrotliTest {

    private LocalServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        fetcher = new Fetcher(FetcherHttpTest.settings(Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BrotliTest.class.getResourceAsStream("/net/brotli/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_brotli_body_is_decoded_and_the_wire_counts_its_compressed_size() throws IOException {
        byte[] plain = resource("feed.xml");
        byte[] packed = resource("feed.xml.br");
        server.on("/br", ex -> LocalServer.send(ex, 200, packed, Map.of("Content-Encoding", "br")));

        FetchResult.Ok ok = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/br"), 1 << 20));

        assertArrayEquals(plain, ok.body());
        assertFalse(ok.truncated());
        assertEquals(plain.length, ok.decodedBytes());
        assertTrue(ok.wireBytes() >= packed.length && ok.wireBytes() < packed.length + 400, "wire " + ok.wireBytes());
    }

    @Test
    void a_brotli_bomb_stops_at_the_cap_on_the_decoded_size() throws IOException {
        byte[] bomb = resource("zeros-64m.br");  // 54 bytes that decode to 64 MB of zeros
        server.on("/bomb", ex -> LocalServer.send(ex, 200, bomb, Map.of("Content-Encoding", "br")));

        FetchResult.Ok ok = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/bomb"), 64 * 1024));

        assertEquals(64 * 1024, ok.body().length);
        assertTrue(ok.truncated());
    }

    @Test
    void brotli_is_asked_for_first() throws IOException {
        StringBuilder seen = new StringBuilder();
        server.on("/ae", ex -> {
            seen.append(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            LocalServer.send(ex, 200, "x", Map.of());
        });
        fetcher.fetch(FetchRequest.of(server.url("/ae"), 1024));
        assertEquals("br, gzip, deflate", seen.toString());
    }

    @Test
    void corrupt_brotli_data_is_a_clear_failure() {
        server.on("/bad", ex -> LocalServer.send(ex, 200, "this is not brotli at all, not at all", Map.of("Content-Encoding", "br")));

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/bad"), 1000));

        assertTrue(result instanceof FetchResult.Failed f && f.reason().contains("could not decode the br body"), result.toString());
    }
}
