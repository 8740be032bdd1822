package dev.kiosque.store;

import java.time.Duration;
import java.time.Instant;

/**
 * A source's schedule after a refresh: when it is next due ({@code nextDue}, null: at once), its
 * failures in a row, and the update period its last body announced ({@code updateEvery}: zero for
 * none, null to keep the stored one, as after a 304 or a failure).
 */
public record NextFetch(Instant nextDue, int failures, Duration updateEvery) {}
