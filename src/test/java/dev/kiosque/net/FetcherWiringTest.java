package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's wiring: proxies from the environment are used, host slots are per host. */
class FetcherWiringTest {

    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void http_proxy_from_the_environment_receives_the_request() {
        List<String> asked = new CopyOnWriteArrayList<>();
        server.on("/", ex -> {
            asked.add(ex.getRequestURI().toString());
            LocalServer.send(ex, 200, "via proxy", Map.of());
        });
        Map<String, String> env = Map.of("http_proxy", "http://127.0.0.1:" + server.port());
        try (Fetcher fetcher = new Fetcher(new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), 2,
                "kiosque/0.1.0", env))) {
            // .invalid never resolves: only the proxy can answer, and it is never looked up.
            FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class,
                    fetcher.fetch(FetchRequest.of("http://news.example.invalid/feed", 1000)));

            assertEquals("via proxy", new String(ok.body()));
            assertEquals(List.of("http://news.example.invalid/feed"), asked);
        }
    }

    @Test
    void a_busy_host_does_not_hold_up_another_host() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.on("/hold", ex -> {
            holding.countDown();
            boolean released = await(release);
            LocalServer.send(ex, 200, released ? "released" : "never released", Map.of());
        });
        server.on("/release", ex -> {
            release.countDown();
            LocalServer.send(ex, 200, "ok", Map.of());
        });
        try (Fetcher fetcher = new Fetcher(new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), 1,
                "kiosque/0.1.0", Map.of()))) {
            CompletableFuture<FetchResult> held = CompletableFuture.supplyAsync(
                    () -> fetcher.fetch(FetchRequest.of(server.url("/hold"), 1000)));
            assertTrue(holding.await(10, TimeUnit.SECONDS));

            // Same server, other host name: its slot is free even while 127.0.0.1's only slot is taken.
            fetcher.fetch(FetchRequest.of("http://localhost:" + server.port() + "/release", 1000));

            FetchResult.Ok ok = (FetchResult.Ok) held.get(15, TimeUnit.SECONDS);
            assertEquals("released", new String(ok.body()));
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
