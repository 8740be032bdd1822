package dev.kiosque.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.date.FastDateFormat;

/**
 * sqlite-jdbc start-up work that touches no file, done on a background thread while the opening
 * thread loads the native library.
 *
 * <p>Why: every sqlite-jdbc connection config builds a date format for
 * {@link SQLiteConfig#DEFAULT_DATE_STRING_FORMAT} (kiosque never uses it), and the first one loads
 * the locale's calendar data: ~40 ms of interpreted JDK code, a tenth of a {@code kiosque
 * headlines} run. sqlite-jdbc keeps the format in a process-wide cache keyed by pattern, time zone
 * and locale, so a format made here with the same defaults is the one the connection then finds.
 * This is only a head start: if it fails or is late, the connection builds its own as before.
 */
final class DriverWarmUp {

    /** Longest wait for the warm-up before going on without it. */
    private static final long WAIT_MS = 2_000;

    private static Thread thread;

    private DriverWarmUp() {}

    /** Starts the warm-up, once per process; later calls do nothing. Never fails. */
    static synchronized void start() {
        if (thread != null) return;
        // An anonymous class, not a lambda: a first lambda bootstraps invokedynamic machinery (issue 6).
        Thread t = new Thread("kiosque-sqlite-warm-up") {
            @Override
            public void run() {
                warmUp();
            }
        };
        t.setDaemon(true);                                   // never keeps the JVM alive
        thread = t;
        try {
            t.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            thread = null;                                   // no thread: the connection does the work itself
        }
    }

    /**
     * Waits for the warm-up started by {@link #start} to end, so that the caller does not build the
     * same objects a second time at once; returns at once when none was started.
     */
    static void await() {
        Thread t;
        synchronized (DriverWarmUp.class) {
            t = thread;
        }
        if (t == null || t == Thread.currentThread()) return;
        try {
            t.join(WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void warmUp() {
        try {
            FastDateFormat.getInstance(SQLiteConfig.DEFAULT_DATE_STRING_FORMAT);
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the connection builds the format itself (and reports any real problem).
        }
    }
}
