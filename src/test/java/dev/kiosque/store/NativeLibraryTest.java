package dev.kiosque.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The once-per-version copy of sqlite-jdbc's native library (issue 6). */
class NativeLibraryTest {

    @TempDir
    Path dir;

    @Test
    void the_first_call_extracts_the_library_and_the_second_reuses_it() throws IOException {
        Path lib = NativeLibrary.cached(dir);
        assertNotNull(lib, "sqlite-jdbc has a library for this platform");
        assertTrue(lib.startsWith(dir) && Files.size(lib) > 100_000, lib.toString());
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(lib, old);
        Object key = Files.readAttributes(lib, BasicFileAttributes.class).fileKey();

        assertEquals(lib, NativeLibrary.cached(dir));
        assertEquals(old, Files.getLastModifiedTime(lib), "not written again");
        assertEquals(key, Files.readAttributes(lib, BasicFileAttributes.class).fileKey());
        assertEquals(List.of(lib.getParent()), list(dir), "one directory per driver version and platform");
        assertEquals(2, list(lib.getParent()).size(), "the library and its source, no temporary file left");
    }

    @Test
    void a_damaged_copy_is_replaced() throws IOException {
        Path lib = NativeLibrary.cached(dir);
        long size = Files.size(lib);
        byte[] bytes = Files.readAllBytes(lib);
        bytes[bytes.length / 2] ^= 1;                  // same size, one bit off: only the CRC tells
        Files.write(lib, bytes);
        assertEquals(lib, NativeLibrary.cached(dir));
        assertEquals(size, Files.size(lib));
        byte[] again = Files.readAllBytes(lib);
        assertEquals(bytes[bytes.length / 2] ^ 1, again[again.length / 2]);

        Files.write(lib, new byte[10]);                 // truncated
        assertEquals(lib, NativeLibrary.cached(dir));
        assertEquals(size, Files.size(lib));
    }

    @Test
    void a_source_that_names_anything_else_is_ignored() throws IOException {
        Path lib = NativeLibrary.cached(dir);
        Path source = lib.resolveSibling("source");
        String right = Files.readString(source);
        Files.writeString(source, "/META-INF/MANIFEST.MF");
        assertEquals(lib, NativeLibrary.cached(dir));
        assertEquals(right, Files.readString(source));
    }

    @Test
    void a_cache_that_cannot_be_written_is_an_error_for_prepare_to_swallow() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThrows(IOException.class, () -> NativeLibrary.cached(file));
        assertFalse(NativeLibrary.install(file));
        // and the store opens anyway, through sqlite-jdbc's own extraction if needed
        try (Store store = Store.open(dir.resolve("data/kiosque.db"))) {
            assertNotNull(store);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
