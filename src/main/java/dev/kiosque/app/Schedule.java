package dev.kiosque.app;

import java.time.Duration;
import java.time.Instant;

/**
 * When a source is next due, from what the server and the feed said and from its failures. Pure
 * policy, no I/O. A server can make us wait, but never more than {@link #MAX_WAIT}; a source that
 * keeps failing is tried less and less often, never less than every {@link #MAX_BACKOFF}.
 */
final class Schedule {

    /** The longest any hint (max-age, Expires, ttl, sy:updatePeriod, Retry-After) can keep a source not due. */
    static final Duration MAX_WAIT = Duration.ofHours(24);
    /** The wait after the second failure in a row; it doubles with each further failure. */
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    /** The longest wait for failures alone. */
    static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private Schedule() {}

    /**
     * After a body or a 304: due again when the longer of the server's freshness and the feed's
     * own update period has passed; null (due at once) when neither said anything.
     */
    static Instant afterSuccess(Instant now, Duration freshFor, Duration updateEvery) {
        Duration wait = longer(freshFor, updateEvery);
        return wait == null || wait.isZero() ? null : now.plus(capped(wait, MAX_WAIT));
    }

    /**
     * After the {@code failures}-th failure in a row: the backoff, or the server's Retry-After when
     * longer. One failure alone costs no wait: the link may simply have been down.
     */
    static Instant afterFailure(Instant now, int failures, Duration retryAfter) {
        Duration wait = longer(backoff(failures), retryAfter == null ? null : capped(retryAfter, MAX_WAIT));
        return wait == null || wait.isZero() ? null : now.plus(wait);
    }

    /** Zero for the first failure, then 1 min, 2 min, 4 min … up to {@link #MAX_BACKOFF}. */
    static Duration backoff(int failures) {
        if (failures < 2) return Duration.ZERO;
        int doublings = Math.min(failures - 2, 20);  // 2^20 minutes is far past the cap already
        return capped(FIRST_BACKOFF.multipliedBy(1L << doublings), MAX_BACKOFF);
    }

    private static Duration longer(Duration a, Duration b) {
        if (a == null || a.isNegative()) return b == null || b.isNegative() ? null : b;
        if (b == null || b.isNegative()) return a;
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration capped(Duration d, Duration cap) {
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
