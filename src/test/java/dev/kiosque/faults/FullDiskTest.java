package dev.kiosque.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, store (slow, {@code -Pfaults}): the disk fills up during a refresh. A child kiosque
 * runs under {@code ulimit -f} (the file size limit), so its writes to the store fail as on a full
 * disk; the error is plain, and what was stored before stays.
 */
@Tag("faults")
class FullDiskTest {

    /** KB: room for the SQLite native library the driver unpacks, not for the big feed. */
    private static final int FILE_SIZE_LIMIT_KB = 3000;

    @TempDir
    Path home;

    @Test
    void a_store_that_cannot_grow_fails_the_refresh_plainly_and_keeps_what_it_had() throws Exception {
        Path feed = home.resolve("feed.xml");
        Files.writeString(feed, Feeds.rss("Feed", "small", 3));
        Kiosque kiosque = new Kiosque(home).feeds(feed.toString());
        assertEquals(0, kiosque.run("refresh").code());
        assertEquals(0, kiosque.run("mark", "star", "--all").code());

        StringBuilder big = new StringBuilder(Feeds.rss("Feed", "small", 3).replace("</channel></rss>\n", ""));
        for (int i = 0; i < 6000; i++) big.append(Feeds.item("big-" + i, "Big " + i + " " + "mot ".repeat(250)));
        Files.writeString(feed, big.append("</channel></rss>\n"));

        List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + FILE_SIZE_LIMIT_KB + "; exec \"$@\"", "_"));
        command.addAll(ChildKiosque.builder(home, List.of(), "refresh").command());
        ProcessBuilder pb = ChildKiosque.builder(home, List.of(), "refresh").command(command).redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();

        assertEquals(1, code, output);
        String failure = output.lines().filter(l -> l.startsWith("failed: ")).findFirst().orElseThrow();
        assertTrue(failure.contains("error on " + kiosque.data().resolve("kiosque").resolve("kiosque.db")), failure);
        assertFalse(output.contains("internal error"), output);
        assertFalse(output.contains("Exception") || output.contains("\tat "), output);

        try (Store store = Store.open(kiosque.data().resolve("kiosque").resolve("kiosque.db"))) {
            assertEquals("ok", store.integrityCheck());
        }
        List<String> kept = kiosque.run("headlines", "--format", "tsv").out().lines().toList();
        assertEquals(3, kept.size(), String.join("\n", kept));
        assertTrue(kept.stream().allMatch(l -> l.split("\t")[8].equals("1")), "stars kept");
    }
}
