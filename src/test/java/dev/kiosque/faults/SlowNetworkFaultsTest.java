package dev.kiosque.faults;

import static dev.kiosque.faults.Feeds.bytes;
import static dev.kiosque.faults.Feeds.rss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, the slow network cases (run with {@code -Pfaults}): deadlines, huge and bomb bodies,
 * unresolvable hosts and connect timeouts. The healthy feed next to the bad one is always stored.
 */
@Tag("faults")
class SlowNetworkFaultsTest {

    @TempDir
    Path home;
    HostileServer server;
    Kiosque kiosque;

    @BeforeEach
    void start() throws IOException {
        server = new HostileServer();
        server.serve("/good.xml", "application/rss+xml", bytes(rss("Good", "good", 3)));
        kiosque = new Kiosque(home);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Kiosque.Run refresh(String bad, String timeout) {
        kiosque.config(Map.of("News", List.of(server.url("/good.xml"), bad)), "settings:\n  timeout: " + timeout + "\n");
        Kiosque.Run run = kiosque.run("refresh");
        Kiosque.Run good = kiosque.run("headlines", "--feed", "Good", "--format", "tsv");
        assertEquals(3, good.out().lines().count(), run.err());
        return run;
    }

    private static String failure(Kiosque.Run run) {
        assertEquals(3, run.code(), run.err());
        return run.errLines().stream().filter(l -> l.startsWith("failed: ")).findFirst().orElseThrow();
    }

    @Test
    void a_server_sending_one_byte_a_second_hits_the_deadline_with_a_clear_message() {
        byte[] body = bytes(rss("Slow", "slow", 20));
        server.on("/slow.xml", (r, s, out) -> {
            out.write(HostileServer.head(200, Map.of("Content-Type", "application/rss+xml"), body.length));
            for (byte b : body) {
                out.write(b);
                out.flush();
                Thread.sleep(1000);
            }
        });
        String line = failure(refresh(server.url("/slow.xml"), "2s"));
        assertTrue(line.endsWith(": timed out after 2s"), line);
    }

    @Test
    void a_server_that_accepts_and_never_answers_hits_the_deadline() {
        server.on("/mute.xml", (r, s, out) -> Thread.sleep(30_000));
        String line = failure(refresh(server.url("/mute.xml"), "2s"));
        assertTrue(line.contains("timed out after 2s"), line);
    }

    @Test
    void a_fifty_megabyte_feed_is_cut_at_the_cap_and_the_cut_is_stated() {
        String head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>";
        server.on("/huge.xml", (r, s, out) -> {
            long size = 50L * 1024 * 1024;
            out.write(HostileServer.head(200, Map.of("Content-Type", "application/rss+xml"), size));
            long sent = 0;
            byte[] first = head.getBytes(StandardCharsets.UTF_8);
            out.write(first);
            sent += first.length;
            int i = 0;
            while (sent < size) {
                // about 16 KB an item (title and description): some 1000 items before the cut
                byte[] item = bytes(Feeds.item("huge-" + i++, "Huge item " + i + " " + "x".repeat(8000)));
                int n = (int) Math.min(item.length, size - sent);
                out.write(item, 0, n);
                sent += n;
            }
            out.flush();
        });
        Kiosque.Run run = refresh(server.url("/huge.xml"), "20s");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("cut at 16.0 MB"), run.err());
        long stored = kiosque.run("headlines", "--feed", "Huge", "--format", "tsv").out().lines().count();
        assertTrue(stored > 900, "items before the cut are kept: " + stored);
    }

    @Test
    void a_gzip_bomb_is_capped_on_its_decoded_size() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed) {
            { def.setLevel(Deflater.BEST_COMPRESSION); }
        }) {
            gz.write(bytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bomb</title>"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 1024; i++) gz.write(spaces);   // 1 GB decoded
        }
        byte[] bomb = packed.toByteArray();
        server.on("/bomb.xml", (r, s, out) -> HostileServer.respond(out, 200,
                Map.of("Content-Type", "application/rss+xml", "Content-Encoding", "gzip"), bomb));
        Kiosque.Run run = refresh(server.url("/bomb.xml"), "20s");
        assertTrue(run.code() == 0 || run.code() == 3, run.err());
        assertTrue(run.err().contains("cut at 16.0 MB") || run.err().contains("failed: "), run.err());
    }

    @Test
    void a_brotli_bomb_is_capped_on_its_decoded_size() throws IOException {
        kiosque.feeds(server.url("/good.xml"));
        kiosque.run("refresh");
        String accepted = server.requests("/good.xml").get(0).header("Accept-Encoding");
        Assumptions.assumeTrue(accepted != null && accepted.contains("br"),
                "kiosque does not ask for Brotli (Accept-Encoding: " + accepted + "), so a Brotli bomb cannot reach it");
        byte[] bomb;
        try (InputStream in = SlowNetworkFaultsTest.class.getResourceAsStream("/faults/bomb-1gb.xml.br")) {
            bomb = in.readAllBytes();   // 897 bytes that decode to 1 GB (made with the brotli tool)
        }
        server.on("/bomb.xml", (r, s, out) -> HostileServer.respond(out, 200,
                Map.of("Content-Type", "application/rss+xml", "Content-Encoding", "br"), bomb));
        Kiosque.Run run = refresh(server.url("/bomb.xml"), "20s");
        assertTrue(run.code() == 0 || run.code() == 3, run.err());
        assertTrue(run.err().contains("cut at 16.0 MB") || run.err().contains("failed: "), run.err());
    }

    @Test
    void a_host_that_does_not_resolve_is_named_without_any_packet_leaving_the_machine() throws Exception {
        // The child JVM resolves names from an empty hosts file only, so no DNS query is ever sent.
        Path hosts = Files.writeString(home.resolve("hosts"), "127.0.0.1 localhost\n");
        kiosque.feeds(server.url("/good.xml"), "http://feeds.kiosque.invalid/rss");
        Kiosque.Run run = ChildKiosque.run(home, List.of("-Djdk.net.hosts.file=" + hosts), "refresh");
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("failed: http://feeds.kiosque.invalid/rss: unknown host feeds.kiosque.invalid"), run.err());
        assertEquals(3, kiosque.run("headlines", "--format", "tsv").out().lines().count());
    }

    @Test
    void a_connect_that_gets_no_answer_times_out() throws Exception {
        // A listening socket whose accept queue is full: Linux drops further SYNs, so connect hangs.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket s = new Socket();
                    try {
                        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort()), 200);
                        fillers.add(s);
                    } catch (IOException e) {
                        s.close();
                        break;
                    }
                }
                Assumptions.assumeTrue(fillers.size() < 8, "this kernel accepts every connection; no connect timeout on loopback");
                String line = failure(refresh("http://127.0.0.1:" + full.getLocalPort() + "/feed.xml", "2s"));
                assertTrue(line.contains("timed out after 2s"), line);
            } finally {
                for (Socket s : fillers) s.close();
            }
        }
    }

}
