package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

/** Plain http never sets up TLS; https, also after a redirect from http, gets a real TLS client. */
class ClientsTest {

    private static final FetchSettings SETTINGS = new FetchSettings(Duration.ofSeconds(20), Duration.ofSeconds(20), 2,
            "kiosque/0.1.0", Map.of());

    @Test
    void http_and_https_get_their_own_clients_and_the_tls_one_is_made_once() {
        Clients clients = new Clients(SETTINGS);
        HttpClient plain = clients.clientFor(URI.create("http://example.org/feed"));
        HttpClient tls = clients.clientFor(URI.create("https://example.org/feed"));
        assertNotSame(plain, tls);
        assertSame(tls, clients.clientFor(URI.create("HTTPS://other.example.org/")));
        assertSame(plain, clients.clientFor(URI.create("http://other.example.org/")));
    }

    @Test
    void close_ends_the_selector_threads_of_both_clients_so_the_jvm_can_exit_at_once() {
        Clients clients = new Clients(SETTINGS);
        assertEquals(0, clients.selectors().size(), "no client before the first request");
        clients.clientFor(URI.create("http://example.org/feed"));
        clients.clientFor(URI.create("https://example.org/feed"));
        List<Thread> selectors = clients.selectors();
        assertEquals(2, selectors.size());
        for (Thread t : selectors) {
            assertTrue(t.isAlive());
            assertTrue(t.getName().endsWith("-SelectorManager"), t.getName());
        }
        clients.close();
        for (Thread t : selectors) assertFalse(t.isAlive(), t.getName());
        assertEquals(0, clients.selectors().size());
    }

    @Test
    void both_clients_share_one_executor_of_at_most_one_thread_per_core() {
        Clients clients = new Clients(SETTINGS);
        Executor plain = clients.clientFor(URI.create("http://example.org/feed")).executor().orElseThrow();
        Executor tls = clients.clientFor(URI.create("https://example.org/feed")).executor().orElseThrow();
        assertSame(plain, tls);
        ThreadPoolExecutor pool = assertInstanceOf(ThreadPoolExecutor.class, plain);
        assertTrue(pool.getMaximumPoolSize() <= Math.max(1, Runtime.getRuntime().availableProcessors()));
        assertTrue(pool.allowsCoreThreadTimeOut(), "idle threads end, so nothing needs shutting down");
    }

    @Test
    void the_plain_client_refuses_any_tls_work() {
        HttpClient plain = new Clients(SETTINGS).clientFor(URI.create("http://example.org/feed"));
        assertThrows(IllegalStateException.class, () -> plain.sslContext().createSSLEngine());
    }

    @Test
    void a_redirect_from_http_to_https_goes_through_tls() throws Exception {
        FetchResult result;
        try (LocalServer server = new LocalServer();
             ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // The https target speaks plain HTTP: reaching it over TLS fails the handshake, which
            // shows that the hop went through the TLS client.
            Thread answer = new Thread(() -> {
                while (!plain.isClosed()) {
                    try (Socket client = plain.accept()) {
                        client.getInputStream().read(new byte[512]);  // the ClientHello, answered in plain HTTP
                        client.getOutputStream()
                                .write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        return;                                       // closed: the test is over
                    }
                }
            });
            answer.start();
            String target = "https://127.0.0.1:" + plain.getLocalPort() + "/feed";
            server.on("/old", exchange -> LocalServer.send(exchange, 301, "", Map.of("Location", target)));
            try (Fetcher fetcher = new Fetcher(SETTINGS)) {
                result = fetcher.fetch(FetchRequest.of(server.url("/old"), 1000));
            }
            plain.close();
            answer.join();
        }
        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertTrue(failed.reason().startsWith("TLS handshake failed: "), failed.reason());
    }
}
