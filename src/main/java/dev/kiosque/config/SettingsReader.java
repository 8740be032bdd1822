package dev.kiosque.config;

import dev.kiosque.text.Durations;
import dev.kiosque.text.Sizes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the {@code settings:} block into {@link Settings}, starting from {@link Settings#DEFAULTS}. */
final class SettingsReader {

    static final Set<String> KEYS = Set.of("jobs", "per-host", "timeout", "article-bytes", "prefetch", "keep",
            "refresh-on-start", "browser", "budget-per-day", "deadline");
    /** More parallel fetches than this only hurts a slow link. */
    static final int MAX_JOBS = 64;
    static final int MAX_PER_HOST = 16;

    private final Checks checks;

    SettingsReader(Checks checks) {
        this.checks = checks;
    }

    /** @param sectionNames the configured section names, for {@code prefetch: [names]} */
    Settings read(YamlNode.Entry settingsEntry, List<String> sectionNames) throws ConfigException {
        Settings d = Settings.DEFAULTS;
        if (settingsEntry == null || Checks.isNull(settingsEntry.value())) return d;
        YamlNode.Mapping m = checks.mapping(settingsEntry, "a mapping of settings");
        checks.knownKeys(m, KEYS, "in 'settings'");
        int jobs = d.jobs();
        int perHost = d.perHost();
        Duration timeout = d.timeout();
        long articleBytes = d.articleBytes();
        boolean prefetch = d.prefetch();
        List<String> prefetchSections = d.prefetchSections();
        Duration keep = d.keep();
        Boolean refreshOnStart = d.refreshOnStart();
        String browser = d.browser();
        long budgetPerDay = d.budgetPerDay();
        Duration deadline = d.deadline();
        for (YamlNode.Entry e : m.entries()) {
            switch (e.key()) {
                case "jobs" -> jobs = checks.wholeNumber(e, 1, MAX_JOBS);
                case "per-host" -> perHost = checks.wholeNumber(e, 1, MAX_PER_HOST);
                case "timeout" -> timeout = duration(e);
                case "keep" -> keep = duration(e);
                case "article-bytes" -> articleBytes = size(e);
                case "refresh-on-start" -> refreshOnStart = checks.bool(e);
                case "browser" -> browser = checks.text(e);
                case "budget-per-day" -> budgetPerDay = size(e);
                case "deadline" -> deadline = duration(e);
                case "prefetch" -> {
                    prefetchSections = prefetchSections(e, sectionNames);
                    prefetch = e.value() instanceof YamlNode.Sequence ? !prefetchSections.isEmpty()
                            : Checks.bool(e.value());
                }
                default -> throw new IllegalStateException("unchecked key " + e.key());
            }
        }
        return new Settings(jobs, perHost, timeout, articleBytes, prefetch, prefetchSections, keep, refreshOnStart,
                browser, budgetPerDay, deadline);
    }

    private Duration duration(YamlNode.Entry e) throws ConfigException {
        String text = checks.scalarText(e, "a duration such as 20s, 5m or 60d");
        Duration value;
        try {
            value = Durations.parse(text);
        } catch (IllegalArgumentException ex) {
            throw checks.atValue(e, "'" + e.key() + "' must be a duration such as 20s, 5m or 60d, got '" + text + "'");
        }
        if (value.isZero()) throw checks.atValue(e, "'" + e.key() + "' must be longer than 0");
        return value;
    }

    private long size(YamlNode.Entry e) throws ConfigException {
        String text = checks.scalarText(e, "a size such as 512KB or 2MB");
        long value;
        try {
            value = Sizes.parse(text);
        } catch (IllegalArgumentException ex) {
            throw checks.atValue(e, "'" + e.key() + "' must be a size such as 512KB or 2MB, got '" + text + "'");
        }
        if (value <= 0) throw checks.atValue(e, "'" + e.key() + "' must be more than 0 bytes");
        return value;
    }

    /** {@code prefetch: [A, B]} names sections that must exist; a boolean yields an empty list. */
    private List<String> prefetchSections(YamlNode.Entry e, List<String> sectionNames) throws ConfigException {
        if (!(e.value() instanceof YamlNode.Sequence seq)) {
            if (Checks.bool(e.value()) == null) {
                throw checks.atValue(e, "'prefetch' must be true, false or a list of section names, got "
                        + e.value().describe());
            }
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            String name = item instanceof YamlNode.Scalar s && !s.isNull() ? s.text().strip() : null;
            String match = name == null ? null
                    : sectionNames.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (match == null) {
                String close = name == null ? null : Suggest.closest(name, sectionNames);
                throw checks.at(item, "'prefetch' names no section " + item.describe()
                        + (close != null ? " (did you mean '" + close + "'?)" : ""));
            }
            if (!names.contains(match)) names.add(match);
        }
        return names;
    }
}
