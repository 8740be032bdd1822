package dev.kiosque.faults;

import static dev.kiosque.faults.Feeds.bytes;
import static dev.kiosque.faults.Feeds.rss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, store (slow, {@code -Pfaults}): {@code kill -9} of a real kiosque process in the
 * middle of refreshes, and refreshes running side by side. The file stays sound, no stored item
 * goes, and read and starred marks survive.
 */
@Tag("faults")
class KillDuringRefreshTest {

    private static final int FEEDS = 8;
    private static final int KILLS = 20;

    @TempDir
    Path home;
    HostileServer server;
    Kiosque kiosque;

    @BeforeEach
    void start() throws IOException {
        server = new HostileServer();
        List<String> urls = new ArrayList<>();
        for (int f = 0; f < FEEDS; f++) {
            serve(f, 50);
            urls.add(server.url("/f" + f + ".xml"));
        }
        kiosque = new Kiosque(home).config(Map.of("News", urls), "settings:\n  jobs: 4\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Feed {@code f} carrying {@code n} items; a feed only grows, so every stored item stays in it. */
    private void serve(int f, int n) {
        server.serve("/f" + f + ".xml", "application/rss+xml", bytes(rss("Feed " + f, "f" + f, n)));
    }

    /** Lines of {@code headlines --format tsv}: id, section, feed, published, title, link, author, read, starred, ... */
    private List<String[]> headlines() {
        Kiosque.Run run = kiosque.run("headlines", "--format", "tsv");
        assertEquals(0, run.code(), run.err());
        return run.out().lines().map(l -> l.split("\t", -1)).toList();
    }

    private String integrity() {
        try (Store store = Store.open(kiosque.data().resolve("kiosque").resolve("kiosque.db"))) {
            return store.integrityCheck();
        }
    }

    @Test
    void twenty_kill_9s_during_refreshes_lose_nothing_and_leave_a_sound_file() throws Exception {
        assertEquals(0, kiosque.run("refresh").code());
        assertEquals(0, kiosque.run("mark", "read", "--feed", "Feed 1").code());
        assertEquals(0, kiosque.run("mark", "star", "--feed", "Feed 2").code());
        Set<String> stored = new HashSet<>();
        Random random = new Random(7);
        int size = 50;
        for (int round = 0; round < KILLS; round++) {
            size += 150;                              // every round has new items to write
            for (int f = 0; f < FEEDS; f++) serve(f, size);
            Process p = ChildKiosque.builder(home, List.of(), "refresh", "--quiet")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long wait = 300 + random.nextInt(2500);
            boolean ended = p.waitFor(wait, TimeUnit.MILLISECONDS);
            p.destroyForcibly();                     // SIGKILL: no shutdown hook, no finally
            p.waitFor();

            assertEquals("ok", integrity(), "round " + round + (ended ? " (the refresh had ended)" : ""));
            List<String[]> now = headlines();
            Set<String> links = new HashSet<>();
            for (String[] h : now) {
                links.add(h[5]);
                if (h[2].equals("Feed 1") && h[5].matches(".*/f1-([0-9]|[1-4][0-9])$")) assertEquals("1", h[7], "read mark lost");
                if (h[2].equals("Feed 2") && h[5].matches(".*/f2-([0-9]|[1-4][0-9])$")) assertEquals("1", h[8], "star lost");
            }
            Set<String> lost = new HashSet<>(stored);
            lost.removeAll(links);
            assertTrue(lost.isEmpty(), "round " + round + " lost " + lost.size() + " items");
            stored.addAll(links);
        }
        assertEquals(0, kiosque.run("refresh").code());
        assertEquals(FEEDS * size, headlines().size());
        assertEquals("ok", integrity());
    }

    @Test
    void two_refreshes_at_once_and_a_reader_meet_no_locked_database_and_lose_no_write() throws Exception {
        for (int f = 0; f < FEEDS; f++) serve(f, 300);
        Process a = ChildKiosque.builder(home, List.of(), "refresh").redirectErrorStream(true).start();
        Process b = ChildKiosque.builder(home, List.of(), "refresh").redirectErrorStream(true).start();
        while (a.isAlive() || b.isAlive()) {
            Kiosque.Run read = kiosque.run("headlines", "--format", "tsv", "--limit", "5");
            assertEquals(0, read.code(), read.err());
            kiosque.run("mark", "star", "--feed", "Feed 0");
        }
        String outA = new String(a.getInputStream().readAllBytes());
        String outB = new String(b.getInputStream().readAllBytes());
        assertEquals(0, a.waitFor(), outA);
        assertEquals(0, b.waitFor(), outB);
        assertFalse((outA + outB).contains("locked"), outA + outB);
        assertEquals(FEEDS * 300, headlines().size());
        assertEquals(0, kiosque.run("mark", "star", "--feed", "Feed 0").code());
        assertTrue(headlines().stream().filter(h -> h[2].equals("Feed 0")).allMatch(h -> h[8].equals("1")));
        assertEquals("ok", integrity());
    }
}
