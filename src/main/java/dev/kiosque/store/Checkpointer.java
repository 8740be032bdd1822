package dev.kiosque.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.sqlite.SQLiteConfig;

/**
 * Copies the write-ahead log into the database on a thread and connection of its own while a
 * refresh writes, a passive checkpoint every {@link #EVERY_MS} ms when something was committed.
 *
 * <p>Without it, SQLite checkpoints inside the commit that makes the log reach its limit, that
 * is inside the store's one writer, which every refresh worker waits for; and the last
 * connection to close checkpoints whatever is left, syncing a log of several megabytes at the
 * very end of the command. A passive checkpoint takes no lock that the writer needs and waits
 * for nothing: it copies what is committed, and when it caught up with the log, the next commit
 * starts the log again from its beginning, so it stays small. Measured on a 500-feed refresh at
 * 50 ms latency, in paired runs: see bench/PERFORMANCE.md.
 *
 * <p>Best effort: a checkpoint that fails (busy, a full disk) ends the background ones, and
 * SQLite's own run as before.
 */
final class Checkpointer implements AutoCloseable {

    /** Time between checkpoints while commits arrive. */
    static final long EVERY_MS = 200;

    private final Path file;
    private final LongSupplier commits;
    private final Thread thread;
    private volatile boolean stopping;
    /** Checkpoints run so far; for tests. */
    private volatile int runs;

    private Checkpointer(Path file, LongSupplier commits) {
        this.file = file;
        this.commits = commits;
        this.thread = new Thread(this::loop, "kiosque-checkpoint");
        thread.setDaemon(true);
    }

    /** Starts checkpointing {@code file} whenever {@code commits} (a count of commits) moved. */
    static Checkpointer start(Path file, LongSupplier commits) {
        Checkpointer c = new Checkpointer(file, commits);
        c.thread.start();
        return c;
    }

    private void loop() {
        long seen = commits.getAsLong();
        Connection c = null;
        try {
            while (!stopping) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(EVERY_MS));
                long now = commits.getAsLong();
                if (stopping || now == seen) continue;
                seen = now;
                if (c == null) c = connect(file);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
                runs++;
            }
        } catch (SQLException | RuntimeException e) {
            // Nothing lost: SQLite's own checkpoints (at the log's limit, at close) still run.
        } finally {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // a connection that only checkpointed has nothing to roll back
                }
            }
        }
    }

    /** A connection for checkpoints only: the same durability as the writer's, no page cache to speak of. */
    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setCacheSize(-64);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** Checkpoints that ran so far. */
    int runs() {
        return runs;
    }

    /** Stops the thread and waits for the checkpoint it may be running. */
    @Override
    public void close() {
        stopping = true;
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;    // the checkpoint runs to its end anyway; then keep the flag
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
