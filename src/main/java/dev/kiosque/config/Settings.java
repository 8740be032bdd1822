package dev.kiosque.config;

import java.time.Duration;
import java.util.List;

/**
 * The {@code settings:} block of feeds.yaml, typed and validated once at load. Every default is
 * declared in {@link #DEFAULTS}. {@code prefetchSections} is empty when prefetch applies to every
 * section (or to none, when {@code prefetch} is false). {@code refreshOnStart} is null when unset:
 * the TUI then refreshes when the last refresh is older than 30 minutes. {@code budgetPerDay} caps
 * the bytes downloaded per UTC day (0: no cap); {@code deadline} bounds a whole refresh.
 */
public record Settings(int jobs, int perHost, Duration timeout, long articleBytes, boolean prefetch,
                       List<String> prefetchSections, Duration keep, Boolean refreshOnStart,
                       String browser, long budgetPerDay, Duration deadline) {

    /** How long a whole refresh may take when the config does not say: generous, a last resort. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(10);

    public static final Settings DEFAULTS = new Settings(8, 2, Duration.ofSeconds(20), 2L * 1024 * 1024,
            false, List.of(), Duration.ofDays(60), null, null, 0, DEFAULT_DEADLINE);

    public Settings {
        prefetchSections = prefetchSections == null ? List.of() : List.copyOf(prefetchSections);
        budgetPerDay = Math.max(0, budgetPerDay);
        deadline = deadline == null || deadline.isNegative() || deadline.isZero() ? DEFAULT_DEADLINE : deadline;
    }

    /** Settings without a daily budget and with the default refresh deadline. */
    public Settings(int jobs, int perHost, Duration timeout, long articleBytes, boolean prefetch,
                    List<String> prefetchSections, Duration keep, Boolean refreshOnStart, String browser) {
        this(jobs, perHost, timeout, articleBytes, prefetch, prefetchSections, keep, refreshOnStart, browser, 0,
                DEFAULT_DEADLINE);
    }
}
