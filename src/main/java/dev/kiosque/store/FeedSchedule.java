package dev.kiosque.store;

import java.time.Duration;
import java.time.Instant;

/**
 * When a source may next be fetched and why. {@code nextDue} is null when it may be fetched at any
 * time; {@code failures} counts the failed fetches since the last good one; {@code updateEvery} is
 * the source's own update period (RSS {@code ttl}, {@code sy:updatePeriod}), null when it gave
 * none; {@code lastFullSize} is the wire size of its last full body, 0 when unknown.
 */
public record FeedSchedule(Instant nextDue, int failures, Duration updateEvery, long lastFullSize) {

    /** A source never fetched. */
    public static final FeedSchedule NEW = new FeedSchedule(null, 0, null, 0);
}
