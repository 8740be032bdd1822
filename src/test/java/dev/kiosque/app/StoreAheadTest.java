package dev.kiosque.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.config.Config;
import dev.kiosque.config.ConfigLoader;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.store.Store;
import dev.kiosque.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store opened on another thread while the config is read. */
class StoreAheadTest {

    @TempDir
    Path dir;

    @Test
    void a_data_directory_without_a_store_is_left_untouched() {
        Path data = dir.resolve("data");
        assertNull(StoreAhead.start(data));
        assertFalse(Files.exists(data), "nothing is created before the config is known to be good");
    }

    @Test
    void the_store_opened_ahead_is_the_library_store() throws Exception {
        Path data = dir.resolve("data");
        Store.open(data.resolve(LocalLibrary.DB_FILE)).close();
        Config config = config();
        try (StoreAhead ahead = StoreAhead.start(data)) {
            assertNotNull(ahead);
            try (LocalLibrary library = LocalLibrary.open(config, data, Map.of(), true, ahead)) {
                assertEquals(1, library.sections().size(), "the library syncs the config into the store it took");
                assertTrue(library.headlines(HeadlineQuery.all()).isEmpty());
            }
            // closing the handle after the library took the store must not close it twice or throw
        }
    }

    @Test
    void a_store_nobody_took_is_closed_and_cannot_be_taken_after() throws Exception {
        Path data = dir.resolve("data");
        Store.open(data.resolve(LocalLibrary.DB_FILE)).close();
        StoreAhead ahead = StoreAhead.start(data);
        assertNotNull(ahead);
        ahead.close();
        assertThrows(IllegalStateException.class, ahead::take);
        // the file is free again: another process (here, another open) uses it as usual
        Store.open(data.resolve(LocalLibrary.DB_FILE)).close();
    }

    @Test
    void what_opening_threw_is_thrown_when_the_store_is_taken() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve(LocalLibrary.DB_FILE), "not a database, not at all".repeat(100)
                .getBytes(StandardCharsets.UTF_8));
        try (StoreAhead ahead = StoreAhead.start(data)) {
            assertNotNull(ahead);
            StoreException e = assertThrows(StoreException.class, ahead::take);
            assertTrue(e.getMessage().contains(LocalLibrary.DB_FILE), e.getMessage());
        }
    }

    private Config config() throws Exception {
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, "sections:\n  - name: News\n    feeds:\n      - url: http://127.0.0.1:9/feed.xml\n");
        return ConfigLoader.load(file);
    }
}
