package dev.kiosque.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real second processes on the same store: concurrent writers, and a writer killed with SIGKILL. */
class ProcessesTest {

    @TempDir
    Path dir;

    private Process start(Path file, int from, int to) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), WriterProcess.class.getName(), file.toString(),
                Integer.toString(from), Integer.toString(to))
                .redirectErrorStream(true).start();
    }

    private static List<String> lines(Process p) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) out.add(line);
        }
        return out;
    }

    @Test
    void two_processes_and_this_one_write_at_once_without_losing_anything() throws Exception {
        Path file = dir.resolve("kiosque.db");
        Process a = start(file, 0, 8);
        Process b = start(file, 8, 16);
        try (Store store = Store.open(file)) {
            store.syncFeeds(ConcurrencyTest.config());
            for (int f = 16; f < ConcurrencyTest.FEEDS; f++) {
                store.saveFeed(ConcurrencyTest.url(f), Fixtures.feed("Feed " + f, WriterProcess.items(f)), null,
                        null, Fixtures.T0);
            }
            List<String> outA = lines(a);
            List<String> outB = lines(b);
            assertTrue(a.waitFor(60, TimeUnit.SECONDS) && a.exitValue() == 0, String.join("\n", outA));
            assertTrue(b.waitFor(60, TimeUnit.SECONDS) && b.exitValue() == 0, String.join("\n", outB));
            List<Headline> all = store.headlines(HeadlineQuery.all());
            assertEquals(ConcurrencyTest.FEEDS * ConcurrencyTest.ITEMS, all.size());
            assertEquals(16 * ConcurrencyTest.ITEMS, all.stream().filter(Headline::starred).count());
            assertEquals("ok", store.integrityCheck());
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
    }

    @Test
    void a_writer_killed_with_sigkill_loses_no_committed_item_and_leaves_the_file_sound() throws Exception {
        Path file = dir.resolve("kiosque.db");
        Process p = start(file, 0, ConcurrencyTest.FEEDS);
        int saved = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; saved < 5 && (line = r.readLine()) != null; ) {
                if (line.startsWith("saved ")) saved = Integer.parseInt(line.substring(6));
            }
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, mid-way through the next save
        }
        assertTrue(saved >= 5, "the writer never got going");
        try (Store store = Store.open(file)) {
            assertEquals("ok", store.integrityCheck());
            List<Headline> all = store.headlines(HeadlineQuery.all());
            for (int f = 0; f <= saved; f++) {
                String prefix = "/p" + f + "-";
                assertEquals(ConcurrencyTest.ITEMS, all.stream().filter(h -> h.link().contains(prefix)
                        && h.starred()).count(), "feed " + f + " was reported saved and starred");
            }
        }
    }
}
