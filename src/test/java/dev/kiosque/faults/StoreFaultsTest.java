package dev.kiosque.faults;

import static dev.kiosque.faults.Feeds.bytes;
import static dev.kiosque.faults.Feeds.rss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, store: a store kiosque cannot use is one line on stderr with exit 1 and no stack
 * trace, through the command line.
 */
class StoreFaultsTest {

    @TempDir
    Path home;
    HostileServer server;
    Kiosque kiosque;

    @BeforeEach
    void start() throws IOException {
        server = new HostileServer();
        server.serve("/feed.xml", "application/rss+xml", bytes(rss("Feed", "f", 3)));
        kiosque = new Kiosque(home).feeds(server.url("/feed.xml"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path db() {
        return kiosque.data().resolve("kiosque").resolve("kiosque.db");
    }

    @Test
    void a_data_directory_that_cannot_be_created_is_one_clear_line() throws IOException {
        // Tests run as root, for whom no permission bit stops a write: a directory that would
        // have to live inside a regular file cannot be created by anyone.
        Path file = Files.writeString(home.resolve("not-a-dir"), "a file");
        Kiosque.Run run = kiosque.run("--data-dir", file.resolve("kiosque").toString(), "refresh");
        run.assertOneLineError(1);
        assertTrue(run.err().contains("cannot create the data directory"), run.err());
        assertTrue(run.err().contains("--data-dir"), run.err());
    }

    @Test
    void a_store_from_a_newer_kiosque_is_refused_with_a_message() throws Exception {
        assertEquals(0, kiosque.run("refresh").code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        for (String command : new String[] {"refresh", "headlines", "sections"}) {
            Kiosque.Run run = kiosque.run(command);
            run.assertOneLineError(1);
            assertTrue(run.err().contains("newer kiosque"), run.err());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            assertEquals(999, s.executeQuery("PRAGMA user_version").getInt(1), "the newer store was changed");
        }
    }

    @Test
    void a_corrupt_database_file_says_how_to_move_it_aside() throws IOException {
        Files.createDirectories(db().getParent());
        Files.writeString(db(), "not a database, only text that is long enough to have a header. ".repeat(40),
                StandardCharsets.UTF_8);
        Kiosque.Run run = kiosque.run("headlines");
        run.assertOneLineError(1);
        assertTrue(run.err().contains("mv " + db() + " " + db() + ".broken"), run.err());
    }

    @Test
    void a_database_damaged_inside_says_how_to_move_it_aside() throws Exception {
        assertEquals(0, kiosque.run("refresh").code());
        byte[] bytes = Files.readAllBytes(db());
        for (int i = 100; i < bytes.length; i++) bytes[i] = (byte) (i * 31);   // keep the header, wreck the pages
        Files.write(db(), bytes);
        Kiosque.Run run = kiosque.run("headlines");
        run.assertOneLineError(1);
        assertTrue(run.err().contains(".broken"), run.err());
    }

    @Test
    void a_refresh_while_headlines_are_read_in_a_loop_never_meets_a_locked_database() throws Exception {
        assertEquals(0, kiosque.run("refresh").code());
        server.serve("/feed.xml", "application/rss+xml", bytes(rss("Feed", "f", 400)));
        Thread refresh = new Thread(() -> kiosque.run("refresh"));
        refresh.start();
        while (refresh.isAlive()) {
            Kiosque.Run read = kiosque.run("headlines", "--format", "tsv");
            assertEquals(0, read.code(), read.err());
            assertFalse(read.err().contains("locked"), read.err());
        }
        refresh.join();
        assertEquals(400, kiosque.run("headlines", "--format", "tsv").out().lines().count());
    }
}
