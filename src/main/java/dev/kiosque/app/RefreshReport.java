package dev.kiosque.app;

import dev.kiosque.model.Traffic;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a whole refresh, sources in config order. {@code feedTraffic} and
 * {@code articleTraffic} are the run's byte ledger (feeds, and article pages prefetched);
 * {@code prefetched} counts the articles made readable offline and {@code articlesOverBudget}
 * those the budget could not pay for; {@code budget} is the byte budget that applied (0: none).
 */
public record RefreshReport(List<FeedOutcome> outcomes, Duration took, Traffic feedTraffic,
                            Traffic articleTraffic, int prefetched, int articlesOverBudget, long budget) {
    public RefreshReport {
        outcomes = List.copyOf(outcomes);
        feedTraffic = feedTraffic == null ? Traffic.NONE : feedTraffic;
        articleTraffic = articleTraffic == null ? Traffic.NONE : articleTraffic;
    }

    /** A report without ledger figures. */
    public RefreshReport(List<FeedOutcome> outcomes, Duration took) {
        this(outcomes, took, Traffic.NONE, Traffic.NONE, 0, 0, 0);
    }

    public long count(FeedOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public int added() {
        return outcomes.stream().mapToInt(FeedOutcome::added).sum();
    }

    /** Bytes received for the feeds and the article pages of this run. */
    public long wireBytes() {
        return traffic().wireBytes() > 0 ? traffic().wireBytes() : outcomes.stream().mapToLong(FeedOutcome::wireBytes).sum();
    }

    /** The run's whole ledger: feeds and article pages. */
    public Traffic traffic() {
        return feedTraffic.plus(articleTraffic);
    }

    /** True when the budget or the deadline left something out: sources or article pages. */
    public boolean skippedAny() {
        return count(FeedOutcome.Status.SKIPPED) > 0 || articlesOverBudget > 0;
    }

    public boolean allFailed() {
        return !outcomes.isEmpty() && count(FeedOutcome.Status.FAILED) == outcomes.size();
    }
}
