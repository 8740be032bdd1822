package dev.kiosque.app;

import dev.kiosque.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A store that already exists, opened on a background thread while the calling thread reads the
 * config: loading SQLite, opening both connections and checking the schema take about as long as
 * reading a 500-feed {@code feeds.yaml}, and a {@code headlines} run waited for one, then the
 * other (issue 6). Only an existing store is opened ahead, so a command whose config turns out to
 * be wrong never creates one; the store is not written to until {@link LocalLibrary#open} has the
 * config. Whatever opening the store throws is thrown by {@link #take}, after the config was read,
 * so a config error is still the one reported first.
 */
public final class StoreAhead implements AutoCloseable {

    private final Thread opener;
    private Store store;
    private Throwable failure;
    private boolean taken;

    private StoreAhead(Path dbFile) {
        // An anonymous class, not a lambda: a first lambda bootstraps invokedynamic machinery (issue 6).
        opener = new Thread("kiosque-store-ahead") {
            @Override
            public void run() {
                open(dbFile);
            }
        };
        opener.setDaemon(true);
    }

    /**
     * Starts opening the store of {@code dataDir} if it exists; null when it does not (or no thread
     * could be started), in which case {@link LocalLibrary#open} opens or creates it as usual.
     */
    public static StoreAhead start(Path dataDir) {
        Path dbFile = dataDir.resolve(LocalLibrary.DB_FILE);
        if (!Files.isRegularFile(dbFile)) return null;
        StoreAhead ahead = new StoreAhead(dbFile);
        try {
            ahead.opener.start();
            return ahead;
        } catch (RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    private void open(Path dbFile) {
        Store opened = null;
        Throwable failed = null;
        try {
            opened = Store.open(dbFile);
        } catch (RuntimeException | Error e) {
            failed = e;
        }
        synchronized (this) {
            store = opened;
            failure = failed;
        }
    }

    /** The opened store, once; rethrows what opening it threw. The caller then owns the store. */
    Store take() {
        awaitOpener();
        synchronized (this) {
            if (taken) throw new IllegalStateException("the store opened ahead was already taken");
            taken = true;
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
            return store;
        }
    }

    /** Closes the store if nobody took it (the command failed before it needed one). */
    @Override
    public void close() {
        awaitOpener();
        synchronized (this) {
            if (!taken && store != null) store.close();
            taken = true;
        }
    }

    private void awaitOpener() {
        boolean interrupted = false;
        while (true) {
            try {
                opener.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;          // the store must not be left half open: wait, then say so
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
