package dev.kiosque.app;

/**
 * The bytes a refresh may still download. A download reserves its expected size before it
 * starts and settles with what it really cost; one that would pass the limit is not started.
 * Thread-safe: the workers of a refresh share one.
 */
final class Budget {

    /** The expected cost of a resource never downloaded before: a typical feed or article page. */
    static final long UNKNOWN_SIZE = 64 * 1024;

    private final long limit;
    private long spent;
    private long reserved;

    /** A budget of {@code limit} bytes; zero or less, or {@link Long#MAX_VALUE}, means no limit. */
    Budget(long limit) {
        this.limit = limit <= 0 ? Long.MAX_VALUE : limit;
    }

    static Budget unlimited() {
        return new Budget(0);
    }

    boolean limited() {
        return limit != Long.MAX_VALUE;
    }

    /**
     * Reserves {@code expected} bytes (0 or less: {@link #UNKNOWN_SIZE}). Returns the most the
     * download may read, which is at least the reservation, or -1 when it would pass the limit.
     */
    synchronized long reserve(long expected) {
        if (!limited()) return Long.MAX_VALUE;
        long need = expected > 0 ? expected : UNKNOWN_SIZE;
        long left = limit - spent - reserved;
        if (need > left) return -1;
        reserved += need;
        return left;
    }

    /** Replaces a reservation made with {@code expected} by what the download really cost. */
    synchronized void settle(long expected, long actual) {
        if (!limited()) return;
        reserved -= expected > 0 ? expected : UNKNOWN_SIZE;
        spent += actual;
    }

    /** Bytes not yet spent nor reserved. */
    synchronized long left() {
        return limited() ? Math.max(0, limit - spent - reserved) : Long.MAX_VALUE;
    }
}
