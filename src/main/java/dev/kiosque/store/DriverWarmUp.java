package dev.kiosque.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.date.FastDateFormat;

/**
 * sqlite-jdbc start-up work that touches no file, done on background threads while the calling
 * thread gets on with its own work (reading the config, loading the native library).
 *
 * <p>Why: every sqlite-jdbc connection config builds a date format for
 * {@link SQLiteConfig#DEFAULT_DATE_STRING_FORMAT} (kiosque never uses it), and the first one loads
 * the locale's calendar data: ~40 ms of interpreted JDK code, a tenth of a {@code kiosque
 * headlines} run. sqlite-jdbc keeps the format in a process-wide cache keyed by pattern, time zone
 * and locale, so a format made here with the same defaults is the one the connection then finds.
 * Its loader class starts {@code java.util.logging} when initialised (~20 ms). This is only a head
 * start: if a thread fails or is late, the connection does the same work itself, as before.
 */
final class DriverWarmUp {

    /** Longest wait for the warm-up before going on without it. */
    private static final long WAIT_MS = 2_000;
    private static final String LOADER = "org.sqlite.SQLiteJDBCLoader";

    private static Thread dates;
    private static boolean loaderStarted;

    private DriverWarmUp() {}

    /**
     * Starts building the date format, once per process; later calls do nothing. With {@code
     * loader}, also initialises sqlite-jdbc's loader class on a second thread: worth it only when
     * the caller has other work to do first, since the opening thread needs that class at once.
     * Never fails.
     */
    static synchronized void start(boolean loader) {
        if (dates == null) dates = startThread("kiosque-sqlite-dates", false);
        if (loader && !loaderStarted) {
            loaderStarted = true;
            startThread("kiosque-sqlite-loader", true);
        }
    }

    private static Thread startThread(String name, boolean loader) {
        // An anonymous class, not a lambda: a first lambda bootstraps invokedynamic machinery (issue 6).
        Thread t = new Thread(name) {
            @Override
            public void run() {
                if (loader) {
                    initLoader();
                } else {
                    buildDateFormat();
                }
            }
        };
        t.setDaemon(true);                                   // never keeps the JVM alive
        try {
            t.start();
            return t;
        } catch (RuntimeException | OutOfMemoryError e) {
            return null;                                     // no thread: the connection does the work itself
        }
    }

    /**
     * Waits for the date format started by {@link #start} to be built, so that the caller does not
     * build a second one at the same time; returns at once when none was started.
     */
    static void await() {
        Thread t;
        synchronized (DriverWarmUp.class) {
            t = dates;
        }
        if (t == null || t == Thread.currentThread()) return;
        try {
            t.join(WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void buildDateFormat() {
        try {
            FastDateFormat.getInstance(SQLiteConfig.DEFAULT_DATE_STRING_FORMAT);
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the connection builds the format itself (and reports any real problem).
        }
    }

    private static void initLoader() {
        try {
            Class.forName(LOADER, true, DriverWarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // Only a head start: the first connection initialises the class itself.
        }
    }
}
