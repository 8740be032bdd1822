package dev.kiosque.app;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Traffic;
import java.time.Duration;
import java.time.Instant;

/**
 * How one source fared in a refresh. {@code error} is one plain line: why it FAILED, why it was
 * SKIPPED (over the budget, past the deadline), for NOT_DUE what keeps it waiting, or for an OK
 * feed a note on what was not stored (a feed cut at the size cap); else null. {@code traffic} is what its request(s) cost and saved (none when not fetched);
 * {@code nextDue} is when it may be fetched again, null when at any time.
 */
public record FeedOutcome(FeedRef feed, String name, Status status, int added, int updated,
                          long wireBytes, String error, Duration took, Traffic traffic, Instant nextDue) {

    /**
     * OK: a body was stored; NOT_MODIFIED: the server said 304; NOT_DUE: not requested, as the
     * server or the feed asked us to wait (or it keeps failing); SKIPPED: not requested, as the
     * budget or the deadline would not allow it; FAILED: requested, and it went wrong.
     */
    public enum Status { OK, NOT_MODIFIED, NOT_DUE, SKIPPED, FAILED }

    public FeedOutcome {
        traffic = traffic == null ? Traffic.NONE : traffic;
    }

    /** An outcome without ledger figures nor schedule. */
    public FeedOutcome(FeedRef feed, String name, Status status, int added, int updated, long wireBytes,
                       String error, Duration took) {
        this(feed, name, status, added, updated, wireBytes, error, took, Traffic.NONE, null);
    }
}
