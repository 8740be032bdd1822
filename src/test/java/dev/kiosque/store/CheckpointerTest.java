package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.POLITIQUE;
import static dev.kiosque.store.Fixtures.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.FeedMeta;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Background checkpoints copy a refresh's log into the database while it writes, and stop when closed. */
class CheckpointerTest {

    private static final long PATIENCE_MS = 10_000;

    @TempDir
    Path dir;

    @Test
    void the_log_reaches_the_database_file_before_the_store_closes() throws IOException, InterruptedException {
        Path file = dir.resolve("kiosque.db");
        try (Store store = Store.open(file)) {
            store.syncFeeds(Fixtures.config());
            long before = Files.size(file);
            try (Store.Checkpoints checkpoints = store.checkpointInBackground()) {
                // ~1 MB of items: far below SQLite's own checkpoint at 16 MB of log, so only the
                // background checkpoints can have copied them into the file
                store.saveFeed(POLITIQUE, bigFeed(200), null, null, hours(1));
                long deadline = System.currentTimeMillis() + PATIENCE_MS;
                while (Files.size(file) < before + 500_000 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(Files.size(file) >= before + 500_000, "the database file grew to " + Files.size(file));
            }
            assertEquals(200, store.headlines(HeadlineQuery.all()).size());
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void without_commits_it_does_nothing_and_closing_ends_its_thread() {
        AtomicLong commits = new AtomicLong();
        Path file = dir.resolve("never-opened.db");
        Checkpointer checkpointer = Checkpointer.start(file, commits::get);
        sleep(Checkpointer.EVERY_MS * 3);
        checkpointer.close();
        assertEquals(0, checkpointer.runs());
        assertFalse(Files.exists(file), "no connection was opened");
        assertFalse(running(), "the thread ended");
    }

    @Test
    void closing_keeps_the_callers_interrupt() {
        Checkpointer checkpointer = Checkpointer.start(dir.resolve("x.db"), () -> 0);
        Thread.currentThread().interrupt();
        checkpointer.close();
        assertTrue(Thread.interrupted());
        assertFalse(running());
    }

    @Test
    void a_store_it_cannot_open_only_ends_the_thread() {
        AtomicLong commits = new AtomicLong();
        Checkpointer checkpointer = Checkpointer.start(dir.resolve("no/such/dir/kiosque.db"), commits::get);
        commits.incrementAndGet();
        sleep(Checkpointer.EVERY_MS * 3);
        checkpointer.close();
        assertEquals(0, checkpointer.runs());
        assertFalse(running());
    }

    private static ParsedFeed bigFeed(int items) {
        List<Item> list = new ArrayList<>();
        String body = "<p>" + "Le conseil des ministres s'est réuni ce mercredi. ".repeat(100) + "</p>";
        for (int i = 0; i < items; i++) {
            list.add(new Item("id" + i, "Titre " + i, "https://example.org/a/" + i, List.of(), hours(i % 24), null,
                    "Résumé " + i, body + i, List.of(), null));
        }
        return new ParsedFeed("rss2.0", new FeedMeta("Big", null, null, "fr"), list, true);
    }

    private static boolean running() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("kiosque-checkpoint") && t.isAlive());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
