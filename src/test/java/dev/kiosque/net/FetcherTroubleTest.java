package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redirects, deadlines, refused connections, TLS trouble and per-host limits. */
class FetcherTroubleTest {

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

    private void redirect(String from, String to, int status) {
        server.on(from, ex -> LocalServer.send(ex, status, "moved", Map.of("Location", to)));
    }

    @Test
    void a_chain_of_three_redirects_ends_at_the_final_url_and_counts_every_hop() {
        redirect("/a", server.url("/b"), 301);
        redirect("/b", "/c", 302);          // absolute path
        redirect("/c", "d?x=1", 307);       // relative to /c
        server.on("/d", ex -> LocalServer.send(ex, 200, "final", Map.of()));

        FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(FetchRequest.of(server.url("/a"), 1000)));

        assertEquals(server.url("/d?x=1"), ok.url());
        assertEquals("final", new String(ok.body()));
        assertTrue(ok.wireBytes() > 3 * "moved".length() + "final".length() + 4 * 17, "hops count: " + ok.wireBytes());
    }

    @Test
    void five_redirects_are_followed_and_a_sixth_is_refused() {
        for (int i = 0; i < 5; i++) redirect("/r" + i, "/r" + (i + 1), 302);
        server.on("/r5", ex -> LocalServer.send(ex, 200, "five", Map.of()));
        server.on("/s", ex -> LocalServer.send(ex, 302, "", Map.of("Location", "/s0")));
        for (int i = 0; i < 6; i++) redirect("/s" + i, "/s" + (i + 1), 302);

        assertInstanceOf(FetchResult.Ok.class, fetcher.fetch(FetchRequest.of(server.url("/r0"), 1000)));
        FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(FetchRequest.of(server.url("/s"), 1000));
        assertEquals("too many redirects (more than 5)", failed.reason());
    }

    @Test
    void a_redirect_loop_is_named_as_such() {
        redirect("/loop1", "/loop2", 301);
        redirect("/loop2", "/loop1", 301);

        FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(FetchRequest.of(server.url("/loop1"), 1000));

        assertEquals("redirect loop at " + server.url("/loop1"), failed.reason());
        assertEquals(301, failed.status());
    }

    @Test
    void a_redirect_to_a_file_url_is_refused() {
        redirect("/evil", "file:///etc/passwd", 302);

        FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(FetchRequest.of(server.url("/evil"), 1000));

        assertEquals("redirect to unsupported scheme 'file'", failed.reason());
    }

    @Test
    void a_server_trickling_its_body_hits_the_deadline() {
        Fetcher quick = new Fetcher(FetcherHttpTest.settings(Duration.ofSeconds(1)));
        server.on("/trickle", ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 100; i++) {  // at most 20s, long after the client gave up
                out.write('x');
                out.flush();
                sleep(200);
            }
        });
        try (quick) {
            FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class,
                    quick.fetch(FetchRequest.of(server.url("/trickle"), 1 << 20)));
            assertEquals("timed out after 1s", failed.reason());
            assertTrue(failed.wireBytes() > 0);
        }
    }

    @Test
    void a_server_that_never_answers_hits_the_deadline() {
        Fetcher quick = new Fetcher(FetcherHttpTest.settings(Duration.ofSeconds(1)));
        server.on("/mute", ex -> sleep(5000));
        try (quick) {
            FetchResult.Failed failed = (FetchResult.Failed) quick.fetch(FetchRequest.of(server.url("/mute"), 1000));
            assertEquals("timed out after 1s", failed.reason());
        }
    }

    @Test
    void an_interrupt_while_the_body_trickles_in_cancels_the_fetch() throws Exception {
        // An interrupt that lands while the JDK's response stream is blocked waiting for the next
        // chunk is swallowed by that stream (it retries the wait); kiosque sees one between reads.
        // So this interrupts as soon as the body starts, when the client is still between reads.
        CountDownLatch started = new CountDownLatch(1);
        server.on("/trickle", ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 100; i++) {
                out.write('x');
                out.flush();
                started.countDown();
                sleep(200);
            }
        });
        AtomicReference<FetchResult> result = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread job = new Thread(() -> {
            result.set(fetcher.fetch(FetchRequest.of(server.url("/trickle"), 1 << 20)));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        job.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        job.interrupt();
        job.join();

        assertEquals("cancelled", ((FetchResult.Failed) result.get()).reason());
        assertTrue(stillInterrupted.get());
    }

    @Test
    void a_closed_port_is_connection_refused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        FetchResult.Failed failed = (FetchResult.Failed) fetcher.fetch(
                FetchRequest.of("http://127.0.0.1:" + port + "/feed", 1000));

        assertEquals("connection refused", failed.reason());
        assertEquals(0, failed.status());
    }

    @Test
    void https_to_a_server_that_does_not_speak_tls_is_a_tls_failure() throws Exception {
        FetchResult.Failed failed;
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                // Every attempt gets the same plain answer: a slow first handshake may be retried.
                while (!plain.isClosed()) {
                    try (Socket client = plain.accept()) {
                        client.getInputStream().read(new byte[512]);  // the ClientHello, answered in plain HTTP
                        client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        return;                                       // closed: the test is over
                    }
                }
            });
            answer.start();
            // Loading the JDK's TLS machinery can take seconds on a busy machine: be patient to connect.
            try (Fetcher patient = new Fetcher(new FetchSettings(Duration.ofSeconds(20), Duration.ofSeconds(20), 2,
                    "kiosque/0.1.0", Map.of()))) {
                failed = (FetchResult.Failed) patient.fetch(
                        FetchRequest.of("https://127.0.0.1:" + plain.getLocalPort() + "/feed", 1000));
            }
            plain.close();
            answer.join();
        }

        assertTrue(failed.reason().startsWith("TLS handshake failed: "), failed.reason());
        assertTrue(!failed.reason().contains("Exception"), failed.reason());
    }

    @Test
    void no_more_than_per_host_requests_reach_one_host_at_once() throws Exception {
        AtomicInteger current = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        server.on("/slow", ex -> {
            max.accumulateAndGet(current.incrementAndGet(), Math::max);
            sleep(150);
            current.decrementAndGet();
            LocalServer.send(ex, 200, "ok", Map.of());
        });
        ExecutorService jobs = Executors.newFixedThreadPool(6);
        try {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(jobs.submit(() -> fetcher.fetch(FetchRequest.of(server.url("/slow"), 1000))));
            }
            for (Future<FetchResult> result : results) assertInstanceOf(FetchResult.Ok.class, result.get());
        } finally {
            jobs.shutdownNow();
        }
        assertEquals(2, max.get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
