package dev.kiosque.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * The two connections of one store: a writer and a reader, each guarded by its own lock, so that
 * reads (the UI) never wait behind a refresh's writes in this process. Every unit of work runs in
 * one transaction and SQLite errors come out as one-line {@link StoreException}s naming the file.
 */
final class Database implements AutoCloseable {

    /** How long SQLite itself waits for another connection's lock before reporting SQLITE_BUSY. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Attempts at a unit of work that keeps meeting SQLITE_BUSY after the busy timeout. */
    private static final int MAX_ATTEMPTS = 3;
    private static final long RETRY_PAUSE_MS = 100;
    /** Log pages between automatic checkpoints (4 KB pages: 16 MB). */
    private static final int WAL_CHECKPOINT_PAGES = 4000;
    /** Page cache sizes, in KiB as SQLite's negative {@code cache_size} takes them (see {@link #connect}). */
    private static final int WRITER_CACHE_KIB = -512;
    private static final int READER_CACHE_KIB = -256;

    /** A unit of work on a connection, inside a transaction; may run again after a busy retry. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private volatile boolean closed;
    /** Write transactions committed, for {@link #checkpointer}. */
    private final AtomicLong commits = new AtomicLong();

    private Database(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens the file (creating its directory), switches to WAL and brings the schema up to date. */
    static Database open(Path file) {
        DriverWarmUp.start(false);        // in parallel with loading the native library
        Path dir = file.getParent();
        prepareDirectory(file, dir);
        NativeLibrary.prepare(dir);
        DriverWarmUp.await();
        Connection writer = null;
        try {
            writer = connect(file, false);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
            }
            Migrations.migrate(writer, file, Migrations.ALL);
            boolean restore = ScatteredIndexes.missing(writer);
            Connection reader = connect(file, true);
            Database db = new Database(file, writer, reader);
            if (restore) {
                try {
                    db.write(ScatteredIndexes.BUILDING, ScatteredIndexes::create);
                } catch (RuntimeException e) {
                    db.close();
                    throw e;
                }
            }
            return db;
        } catch (SQLException e) {
            closeQuietly(writer);
            throw Errors.translate(file, "opening the store", e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    private static void prepareDirectory(Path file, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dir + " (" + Errors.reason(e)
                    + "); fix it or use another --data-dir", e);
        }
        // WAL mode needs to create -wal and -shm files next to the database, even to read it.
        if (!Files.isWritable(dir)) {
            throw new StoreException("the data directory " + dir
                    + " is not writable; fix its permissions or use another --data-dir");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException(file + " is read-only; fix its permissions or use another --data-dir");
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA temp_store=MEMORY");
            // SQLite's default page cache is 2 MB a connection. kiosque's processes are short and
            // read most pages once (the OS caches the file anyway): 512 KB for the writer (a
            // refresh appends; the B-trees' upper pages stay cached) and 256 KB for the reader.
            // The cache also bounds the memory SQLite sorts in when it builds an index (at least
            // 1 MB), as at the end of a first refresh (ScatteredIndexes), where the peak RSS is.
            // A 500-feed first refresh: peak RSS -2.2 MiB with the same time (paired runs); an
            // unchanged one the same.
            s.execute("PRAGMA cache_size=" + (readOnly ? READER_CACHE_KIB : WRITER_CACHE_KIB));
            // A checkpoint copies the log into the database and syncs both, inside the commit that
            // triggers it and so inside the one writer every refresh worker waits for. Every 16 MB
            // of log instead of SQLite's 4 MB: a page written by several feeds' saves is copied
            // once, and a 500-feed first refresh runs 4 checkpoints instead of ~15 (0.2 s less CPU
            // and wall, paired runs). The log file grows to that size between checkpoints.
            if (!readOnly) s.execute("PRAGMA wal_autocheckpoint=" + WAL_CHECKPOINT_PAGES);
            if (readOnly) s.execute("PRAGMA query_only=1");
        }
        return c;
    }

    /** The database file, for messages. */
    Path file() {
        return file;
    }

    /** Runs {@code work} in a write transaction taken up front, so it never fails half way on a lock. */
    <T> T write(String what, Work<T> work) {
        T result = run(what, writer, writeLock, "BEGIN IMMEDIATE", work);
        commits.incrementAndGet();
        return result;
    }

    /** Starts checkpointing the log in the background while this store's writes go on; close it to stop. */
    Checkpointer checkpointer() {
        return Checkpointer.start(file, commits::get);
    }

    /** Runs {@code work} in a read transaction: one consistent snapshot. */
    <T> T read(String what, Work<T> work) {
        return run(what, reader, readLock, "BEGIN", work);
    }

    private <T> T run(String what, Connection c, ReentrantLock lock, String begin, Work<T> work) {
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                if (closed) throw new StoreException("the store " + file + " is closed");
                try {
                    return inTransaction(c, begin, work);
                } catch (SQLException e) {
                    if (!Errors.isBusy(e) || attempt >= MAX_ATTEMPTS) throw Errors.translate(file, what, e);
                    pause(attempt);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static <T> T inTransaction(Connection c, String begin, Work<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(begin);
        }
        boolean done = false;
        try {
            T result = work.run(c);
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
            done = true;
            return result;
        } finally {
            if (!done) rollbackQuietly(c);
        }
    }

    private void pause(int attempt) {
        try {
            // Jitter so that two processes retrying do not collide again in lockstep.
            Thread.sleep(RETRY_PAUSE_MS * attempt + ThreadLocalRandom.current().nextLong(RETRY_PAUSE_MS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for " + file);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction left to roll back (SQLite already ended it on the error): nothing to do.
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing after a failed open: the original error is the one worth reporting.
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            if (closed) return;
            closed = true;
            // No "PRAGMA optimize" here: it may need the write lock, and close must never wait.
            closeQuietly(reader);
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    /** The primary SQLite result code of an error (the low byte of an extended code), or -1. */
    static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException se) return se.getResultCode().code & 0xff;
        return -1;
    }
}
