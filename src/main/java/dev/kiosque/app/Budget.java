package dev.kiosque.app;

/**
 * The bytes a refresh may still download. A download reserves its expected size before it
 * starts and settles with what it really cost; one that would pass the limit is not started, and
 * each is capped at what is left. Thread-safe: the workers of a refresh share one.
 */
final class Budget {

    /** What a resource never downloaded before is expected to cost: a typical feed or article page. */
    static final long UNKNOWN_SIZE = 64 * 1024;
    /** A resource of unknown size is not started with less than this left: it could not be of use. */
    static final long MIN_UNKNOWN = 4 * 1024;

    /** A reservation: {@code reserved} bytes held, and the most the download may read. */
    record Grant(long reserved, long maxBytes) {}

    private static final Grant UNLIMITED = new Grant(0, Long.MAX_VALUE);

    private final long limit;
    private long spent;
    private long reserved;

    /** A budget of {@code limit} bytes; zero or less means no limit. */
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
     * Reserves {@code expected} bytes (the last known size; 0 or less when unknown, then up to
     * {@link #UNKNOWN_SIZE} of what is left). Returns null when the download would pass the limit.
     * While other downloads hold reservations, waits for them to settle first: most end as a
     * cheap 304, and refusing early would skip sources the budget can pay for.
     */
    synchronized Grant reserve(long expected) {
        if (!limited()) return UNLIMITED;
        while (true) {
            long left = limit - spent - reserved;
            long need = expected > 0 ? expected : Math.min(UNKNOWN_SIZE, left);
            boolean fits = need <= left && (expected > 0 || need >= MIN_UNKNOWN);
            if (fits) {
                reserved += need;
                return new Grant(need, left);
            }
            if (reserved == 0) return null;
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** Replaces a reservation by what the download really cost. */
    synchronized void settle(Grant grant, long actual) {
        if (!limited() || grant == null) return;
        reserved -= grant.reserved();
        spent += actual;
        notifyAll();
    }

    /** Bytes not yet spent nor reserved. */
    synchronized long left() {
        return limited() ? Math.max(0, limit - spent - reserved) : Long.MAX_VALUE;
    }
}
