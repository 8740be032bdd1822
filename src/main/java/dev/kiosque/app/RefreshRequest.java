package dev.kiosque.app;

import java.time.Duration;
import java.util.List;

/**
 * Which sources to refresh (empty lists: all) and how. {@code jobs} of 0 uses the configured
 * value; {@code articles} also fetches the article pages of new items for offline reading;
 * {@code force} fetches sources that are not due yet; {@code budget} caps the bytes this refresh
 * downloads (0: only the daily budget of the settings, if any); {@code deadline} bounds the whole
 * refresh (null: the settings' deadline).
 */
public record RefreshRequest(List<String> sections, List<String> feeds, boolean articles, int jobs,
                             boolean force, long budget, Duration deadline) {
    public RefreshRequest {
        sections = sections == null ? List.of() : List.copyOf(sections);
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        budget = Math.max(0, budget);
    }

    /** A request honouring the schedule, with no budget of its own and the configured deadline. */
    public RefreshRequest(List<String> sections, List<String> feeds, boolean articles, int jobs) {
        this(sections, feeds, articles, jobs, false, 0, null);
    }

    public static RefreshRequest all() {
        return new RefreshRequest(List.of(), List.of(), false, 0);
    }

    public static RefreshRequest section(String name) {
        return new RefreshRequest(List.of(name), List.of(), false, 0);
    }

    public RefreshRequest withForce(boolean force) {
        return new RefreshRequest(sections, feeds, articles, jobs, force, budget, deadline);
    }

    public RefreshRequest withBudget(long budget) {
        return new RefreshRequest(sections, feeds, articles, jobs, force, budget, deadline);
    }

    public RefreshRequest withDeadline(Duration deadline) {
        return new RefreshRequest(sections, feeds, articles, jobs, force, budget, deadline);
    }
}
