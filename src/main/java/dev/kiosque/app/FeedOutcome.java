package dev.kiosque.app;

import dev.kiosque.model.FeedRef;
import java.time.Duration;

/**
 * How one source fared in a refresh. {@code error} is one plain line: why it FAILED, or for an OK
 * feed a note on what was not stored (a feed cut at the size cap); else null.
 */
public record FeedOutcome(FeedRef feed, String name, Status status, int added, int updated,
                          long wireBytes, String error, Duration took) {
    public enum Status { OK, NOT_MODIFIED, FAILED }
}
