package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching over HTTP from an in-process server: bodies, validators, compression, errors. */
class FetcherHttpTest {

    static final String FEED = "<rss><channel><title>Le Soleil — été</title></channel></rss>";

    private LocalServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        fetcher = new Fetcher(settings(Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    static FetchSettings settings(Duration timeout) {
        return new FetchSettings(Duration.ofSeconds(2), timeout, 2, "kiosque/0.1.0", Map.of());
    }

    @Test
    void a_200_gives_the_body_its_type_charset_and_validators() {
        server.on("/feed", ex -> LocalServer.send(ex, 200, FEED, Map.of(
                "Content-Type", "application/rss+xml; charset=\"UTF-8\"",
                "ETag", "\"v1\"", "Last-Modified", "Fri, 07 Feb 2025 09:12:00 GMT")));

        FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(FetchRequest.of(server.url("/feed"), 1 << 20)));

        assertEquals(FEED, new String(ok.body(), StandardCharsets.UTF_8));
        assertEquals(200, ok.status());
        assertEquals(server.url("/feed"), ok.url());
        assertEquals("application/rss+xml", ok.contentType());
        assertEquals("UTF-8", ok.charset());
        assertEquals("\"v1\"", ok.etag());
        assertEquals("Fri, 07 Feb 2025 09:12:00 GMT", ok.lastModified());
        assertEquals(ok.body().length, ok.decodedBytes());
        assertTrue(ok.wireBytes() > ok.body().length, "headers count on the wire");
        assertFalse(ok.truncated());
    }

    @Test
    void validators_sent_back_get_a_304_that_is_not_modified() {
        List<String> seen = new CopyOnWriteArrayList<>();
        server.on("/feed", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            seen.add(inm + " | " + ims);
            if ("\"v1\"".equals(inm)) {
                LocalServer.send(ex, 304, "", Map.of("ETag", "\"v1\"", "Cache-Control", "max-age=300"));
            } else {
                LocalServer.send(ex, 200, FEED, Map.of("ETag", "\"v1\"", "Last-Modified", "Fri, 07 Feb 2025 09:12:00 GMT"));
            }
        });
        FetchResult.Ok first = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/feed"), 1 << 20));

        FetchResult second = fetcher.fetch(new FetchRequest(server.url("/feed"), first.etag(), first.lastModified(), 1 << 20));

        FetchResult.NotModified nm = assertInstanceOf(FetchResult.NotModified.class, second);
        assertTrue(nm.wireBytes() > 0 && nm.wireBytes() < first.wireBytes());
        assertEquals(Duration.ofSeconds(300), nm.freshFor());
        assertNull(first.freshFor());
        assertEquals(List.of("null | null", "\"v1\" | Fri, 07 Feb 2025 09:12:00 GMT"), seen);
    }

    @Test
    void the_request_names_kiosque_asks_for_compression_and_speaks_http_1_1_to_plain_http() {
        List<String> seen = new CopyOnWriteArrayList<>();
        server.on("/ua", ex -> {
            seen.add(ex.getRequestHeaders().getFirst("User-Agent"));
            seen.add(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            seen.add(ex.getProtocol());
            seen.add(String.valueOf(ex.getRequestHeaders().getFirst("Upgrade")));
            LocalServer.send(ex, 200, "ok", Map.of());
        });

        fetcher.fetch(FetchRequest.of(server.url("/ua"), 1000));

        assertEquals(List.of("kiosque/0.1.0", "br, gzip, deflate", "HTTP/1.1", "null"), seen);
    }

    @Test
    void compressed_bodies_read_one_after_another_reuse_one_connection() throws IOException {
        // big and not very compressible: the compressed body spans many of the client's buffers
        byte[] noise = new byte[300_000];
        new Random(7).nextBytes(noise);
        byte[] plain = java.util.Base64.getEncoder().encode(noise);
        byte[] gz = LocalServer.gzip(plain);
        byte[] deflated = LocalServer.deflate(plain, false);
        List<Integer> clientPorts = new CopyOnWriteArrayList<>();
        server.on("/gz", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            LocalServer.sendEndingLate(ex, gz, "gzip", 30);   // as from a busy server
        });
        server.on("/deflate", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            LocalServer.send(ex, 200, deflated, Map.of("Content-Encoding", "deflate"));
        });
        for (int i = 0; i < 10; i++) {
            FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class,
                    fetcher.fetch(FetchRequest.of(server.url(i % 2 == 0 ? "/gz" : "/deflate"), 1 << 20)));
            assertArrayEquals(plain, ok.body());
        }
        // a decoder that stops at the end of its data must not leave the response unread: the
        // client would close the connection and open a new one for every feed
        assertEquals(1, clientPorts.stream().distinct().count(), "client ports " + clientPorts);
    }

    @Test
    void a_whole_compressed_body_stands_when_the_server_is_slow_to_end_its_response() throws IOException {
        byte[] plain = FEED.repeat(50).getBytes(StandardCharsets.UTF_8);
        byte[] gz = LocalServer.gzip(plain);
        // the end comes well past the fetch's 2 s timeout
        server.on("/slow-end", ex -> LocalServer.sendEndingLate(ex, gz, "gzip", 4000));
        Fetcher quick = new Fetcher(settings(Duration.ofSeconds(2)));
        try {
            FetchResult result = quick.fetch(FetchRequest.of(server.url("/slow-end"), 1 << 20));
            FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class, result, String.valueOf(result));
            assertArrayEquals(plain, ok.body());
            assertFalse(ok.truncated());
        } finally {
            quick.close();
        }
    }

    @Test
    void a_gzip_body_is_decoded_and_its_compressed_size_is_what_the_wire_counts() throws IOException {
        byte[] plain = FEED.repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] packed = LocalServer.gzip(plain);
        server.on("/gz", ex -> LocalServer.send(ex, 200, packed, Map.of("Content-Encoding", "gzip")));

        FetchResult.Ok ok = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/gz"), 1 << 20));

        assertArrayEquals(plain, ok.body());
        assertEquals(plain.length, ok.decodedBytes());
        assertTrue(ok.wireBytes() < packed.length + 400, "wire " + ok.wireBytes() + " vs gzip " + packed.length);
        assertTrue(ok.wireBytes() >= packed.length);
    }

    @Test
    void deflate_is_decoded_whether_zlib_wrapped_or_raw() throws IOException {
        byte[] plain = FEED.repeat(50).getBytes(StandardCharsets.UTF_8);
        byte[] zlib = LocalServer.deflate(plain, false);
        byte[] raw = LocalServer.deflate(plain, true);
        server.on("/zlib", ex -> LocalServer.send(ex, 200, zlib, Map.of("Content-Encoding", "deflate")));
        server.on("/raw", ex -> LocalServer.send(ex, 200, raw, Map.of("Content-Encoding", "deflate")));

        assertArrayEquals(plain, ((FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/zlib"), 1 << 20))).body());
        assertArrayEquals(plain, ((FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/raw"), 1 << 20))).body());
    }

    @Test
    void a_body_labelled_gzip_but_sent_plain_is_taken_as_is() {
        server.on("/liar", ex -> LocalServer.send(ex, 200, FEED, Map.of("Content-Encoding", "gzip")));

        FetchResult.Ok ok = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/liar"), 1 << 20));

        assertEquals(FEED, new String(ok.body(), StandardCharsets.UTF_8));
    }

    @Test
    void an_encoding_we_did_not_ask_for_is_a_clear_failure() {
        server.on("/zstd", ex -> LocalServer.send(ex, 200, "\u0001\u0002", Map.of("Content-Encoding", "zstd")));

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                fetcher.fetch(FetchRequest.of(server.url("/zstd"), 1000)));

        assertEquals("unsupported content encoding 'zstd'", failed.reason());
    }

    @Test
    void a_body_past_the_cap_is_cut_there_and_marked_truncated() {
        byte[] big = new byte[100_000];
        Arrays.fill(big, (byte) 'a');
        server.on("/big", ex -> LocalServer.send(ex, 200, big, Map.of()));

        FetchResult.Ok ok = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/big"), 10_000));

        assertEquals(10_000, ok.body().length);
        assertEquals(10_000, ok.decodedBytes());
        assertTrue(ok.truncated());
    }

    @Test
    void a_body_exactly_at_the_cap_is_not_truncated() {
        server.on("/exact", ex -> LocalServer.send(ex, 200, "x".repeat(1000), Map.of()));

        FetchResult.Ok ok = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/exact"), 1000));

        assertEquals(1000, ok.body().length);
        assertFalse(ok.truncated());
    }

    @Test
    void a_gzip_bomb_stops_at_the_cap_on_the_decoded_size() throws IOException {
        byte[] bomb = LocalServer.gzip(new byte[20 * 1024 * 1024]);
        server.on("/bomb", ex -> LocalServer.send(ex, 200, bomb, Map.of("Content-Encoding", "gzip")));

        FetchResult.Ok ok = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/bomb"), 64 * 1024));

        assertEquals(64 * 1024, ok.body().length);
        assertTrue(ok.truncated());
        assertTrue(ok.wireBytes() <= bomb.length + 400);
    }

    @Test
    void a_connection_cut_mid_body_keeps_the_bytes_that_arrived_as_truncated() {
        server.on("/cut", ex -> {
            ex.sendResponseHeaders(200, 1000);
            ex.getResponseBody().write("<rss><item>one</item>".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            // closing now leaves 979 promised bytes unsent: the server drops the connection
        });

        FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class,
                fetcher.fetch(FetchRequest.of(server.url("/cut"), 1 << 20)));

        assertEquals("<rss><item>one</item>", new String(ok.body(), StandardCharsets.UTF_8));
        assertTrue(ok.truncated());
    }

    @Test
    void a_gzip_body_cut_mid_transfer_keeps_what_decoded_so_far() throws IOException {
        byte[] plain = new byte[200_000];
        new Random(7).nextBytes(plain);  // incompressible: half the gzip is about half the text
        byte[] packed = LocalServer.gzip(plain);
        server.on("/cutgz", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, packed.length);
            ex.getResponseBody().write(packed, 0, packed.length / 2);
            ex.getResponseBody().flush();
        });

        FetchResult.Ok ok = (FetchResult.Ok) fetcher.fetch(FetchRequest.of(server.url("/cutgz"), 1 << 20));

        assertTrue(ok.truncated());
        assertTrue(ok.body().length > 50_000, "salvaged " + ok.body().length);
        assertArrayEquals(Arrays.copyOf(plain, ok.body().length), ok.body());
    }

    @Test
    void a_404_is_a_failure_with_its_status_in_words() {
        server.on("/gone", ex -> LocalServer.send(ex, 404, "<h1>nope</h1>", Map.of()));

        FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(FetchRequest.of(server.url("/gone"), 1000));

        assertEquals(404, failed.status());
        assertEquals("HTTP 404 Not Found", failed.reason());
        assertTrue(failed.wireBytes() > "<h1>nope</h1>".length());
        assertNull(failed.retryAfter());
    }

    @Test
    void a_410_says_gone() {
        server.on("/410", ex -> LocalServer.send(ex, 410, "", Map.of()));

        assertEquals("HTTP 410 Gone", ((FetchResult.Failed) fetcher.fetch(FetchRequest.of(server.url("/410"), 1000))).reason());
    }

    @Test
    void a_503_keeps_the_retry_after_the_server_asked_for() {
        server.on("/busy", ex -> LocalServer.send(ex, 503, "later", Map.of("Retry-After", "120")));
        server.on("/slow", ex -> LocalServer.send(ex, 429, "", Map.of("Retry-After", "Fri, 07 Feb 2125 09:12:00 GMT")));

        FetchResult.Failed busy = (FetchResult.Failed) fetcher.fetch(FetchRequest.of(server.url("/busy"), 1000));
        FetchResult.Failed slow = (FetchResult.Failed) fetcher.fetch(FetchRequest.of(server.url("/slow"), 1000));

        assertEquals("HTTP 503 Service Unavailable", busy.reason());
        assertEquals(Duration.ofSeconds(120), busy.retryAfter());
        assertEquals("HTTP 429 Too Many Requests", slow.reason());
        assertEquals(RetryAfter.MAX, slow.retryAfter());
    }

    @Test
    void an_http_url_that_is_not_http_is_refused_without_a_request() {
        for (String url : List.of("ftp://127.0.0.1/feed", "javascript:alert(1)", "")) {
            FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(FetchRequest.of(url, 1000));
            assertEquals("not an http(s) URL", failed.reason(), url);
            assertEquals(0, failed.wireBytes());
        }
    }

    @Test
    void an_interrupted_thread_gets_cancelled_and_keeps_its_interrupt() {
        server.on("/feed", ex -> LocalServer.send(ex, 200, FEED, Map.of()));
        Thread.currentThread().interrupt();
        try {
            FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(FetchRequest.of(server.url("/feed"), 1000));
            assertEquals("cancelled", failed.reason());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void a_closed_fetcher_refuses_politely() {
        fetcher.close();

        assertEquals("fetcher is closed",
                ((FetchResult.Failed) fetcher.fetch(FetchRequest.of(server.url("/x"), 1000))).reason());
    }
}
