package dev.kiosque.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class ErrorsTest {

    static final Path FILE = Path.of("/data/kiosque/kiosque.db");

    private static String message(SQLiteErrorCode code) {
        return Errors.translate(FILE, "saving a feed", new SQLiteException("[" + code.name() + "] "
                + code.message + "\n(detail)", code)).getMessage();
    }

    @Test
    void a_full_disk_says_so() {
        assertEquals("the disk holding /data/kiosque/kiosque.db is full; free some space and try again",
                message(SQLiteErrorCode.SQLITE_FULL));
    }

    @Test
    void a_read_only_store_points_at_its_directory() {
        String m = message(SQLiteErrorCode.SQLITE_READONLY);
        assertTrue(m.startsWith("cannot write to /data/kiosque/kiosque.db ("), m);
        assertTrue(m.endsWith("check the permissions of /data/kiosque or use another --data-dir"), m);
    }

    @Test
    void extended_codes_map_like_their_primary_code() {
        assertTrue(message(SQLiteErrorCode.SQLITE_CORRUPT_INDEX).contains("move it aside"));
        assertTrue(message(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT).contains("stayed locked by another kiosque"));
        assertTrue(Errors.isBusy(new SQLiteException("x", SQLiteErrorCode.SQLITE_BUSY_RECOVERY)));
        assertFalse(Errors.isBusy(new SQLiteException("x", SQLiteErrorCode.SQLITE_CONSTRAINT)));
    }

    @Test
    void every_message_is_one_line_without_the_driver_prefix() {
        for (SQLiteErrorCode code : SQLiteErrorCode.values()) {
            String m = message(code);
            assertFalse(m.contains("\n"), m);
            assertFalse(m.contains("[SQLITE_"), m);
        }
        assertEquals("store error while saving a feed in /data/kiosque/kiosque.db: no code",
                Errors.translate(FILE, "saving a feed", new SQLException("no code")).getMessage());
    }
}
