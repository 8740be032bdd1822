package dev.kiosque.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.date.FastDateFormat;

/** The warm-up leaves behind exactly what a connection would build, and never gets in the way. */
class DriverWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void the_date_format_built_ahead_is_the_one_connections_use() {
        Store.warmUp();
        Store.warmUp();                                      // a second call does nothing
        DriverWarmUp.await();
        assertSame(FastDateFormat.getInstance(SQLiteConfig.DEFAULT_DATE_STRING_FORMAT),
                new SQLiteConfig().newConnectionConfig().getDateFormat());
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            assertEquals(Migrations.latest(), Store.schemaVersion());
        }
    }
}
