package dev.kiosque.app;

import java.time.Duration;
import java.util.List;

/** The outcome of a whole refresh, sources in config order. */
public record RefreshReport(List<FeedOutcome> outcomes, Duration took) {
    public RefreshReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(FeedOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public int added() {
        return outcomes.stream().mapToInt(FeedOutcome::added).sum();
    }

    public long wireBytes() {
        return outcomes.stream().mapToLong(FeedOutcome::wireBytes).sum();
    }

    public boolean allFailed() {
        return !outcomes.isEmpty() && count(FeedOutcome.Status.FAILED) == outcomes.size();
    }
}
