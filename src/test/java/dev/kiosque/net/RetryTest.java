package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 5: retries (at most 2) on connect failures and timeouts, never on HTTP answers. */
class RetryTest {

    private LocalServer server;
    private Fetcher fetcher;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        fetcher = new Fetcher(new FetchSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, "kiosque", Map.of()),
                Duration.ZERO);
    }

    @AfterEach
    void stop() {
        release.countDown();
        fetcher.close();
        server.close();
    }

    @Test
    void a_request_that_timed_out_is_tried_again_and_can_succeed() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/slow-once", ex -> {
            if (calls.incrementAndGet() == 1) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            LocalServer.send(ex, 200, "<rss/>", Map.of());
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/slow-once"), 1024));

        assertInstanceOf(FetchResult.Ok.class, result, result.toString());
        assertEquals(2, calls.get());
    }

    @Test
    void a_server_that_never_answers_is_tried_three_times_in_all() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/hang", ex -> {
            calls.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                fetcher.fetch(FetchRequest.of(server.url("/hang"), 1024)));

        assertEquals(FetchResult.Failed.Kind.TIMEOUT, failed.kind());
        assertEquals(3, calls.get());
    }

    @Test
    void an_http_error_is_an_answer_and_is_not_retried() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/boom", ex -> {
            calls.incrementAndGet();
            LocalServer.send(ex, 500, "no", Map.of());
        });

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                fetcher.fetch(FetchRequest.of(server.url("/boom"), 1024)));

        assertEquals(FetchResult.Failed.Kind.HTTP, failed.kind());
        assertEquals(1, calls.get());
    }

    @Test
    void a_refused_connection_is_a_connect_failure() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                fetcher.fetch(FetchRequest.of("http://127.0.0.1:" + port + "/x", 1024)));
        assertEquals(FetchResult.Failed.Kind.CONNECT, failed.kind());
        assertEquals("connection refused", failed.reason());
    }
}
