package dev.kiosque.config;

import java.time.Duration;
import java.util.List;

/**
 * The {@code settings:} block of feeds.yaml, typed and validated once at load. Every default is
 * declared in {@link #DEFAULTS}. {@code prefetchSections} is empty when prefetch applies to every
 * section (or to none, when {@code prefetch} is false). {@code refreshOnStart} is null when unset:
 * the TUI then refreshes when the last refresh is older than 30 minutes.
 */
public record Settings(int jobs, int perHost, Duration timeout, long articleBytes, boolean prefetch,
                       List<String> prefetchSections, Duration keep, Boolean refreshOnStart,
                       String browser) {

    public static final Settings DEFAULTS = new Settings(8, 2, Duration.ofSeconds(20), 2L * 1024 * 1024,
            false, List.of(), Duration.ofDays(60), null, null);

    public Settings {
        prefetchSections = prefetchSections == null ? List.of() : List.copyOf(prefetchSections);
    }
}
