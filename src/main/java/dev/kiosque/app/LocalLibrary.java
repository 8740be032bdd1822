package dev.kiosque.app;

import dev.kiosque.config.Config;
import dev.kiosque.model.FeedCost;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.SectionSummary;
import dev.kiosque.model.Traffic;
import dev.kiosque.net.Fetcher;
import dev.kiosque.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The {@link Library} over the local store and the network. The fetcher is created on first use,
 * so that listing headlines never pays for an HTTP client.
 */
public final class LocalLibrary implements Library {

    /** The database file inside the data directory. */
    public static final String DB_FILE = "kiosque.db";

    private final Config config;
    private final Store store;
    private final Map<String, String> env;
    private final boolean offline;
    private final Clock clock;
    private Fetcher fetcher;

    private LocalLibrary(Config config, Store store, Map<String, String> env, boolean offline, Clock clock) {
        this.config = config;
        this.store = store;
        this.env = Map.copyOf(env);
        this.offline = offline;
        this.clock = clock;
    }

    /**
     * Starts the store's start-up work that needs no file on background threads (see
     * {@link Store#warmUp}): call it first thing in a command that will {@link #open} a library,
     * before reading the config, so that the two overlap. Never fails.
     */
    public static void warmUp() {
        Store.warmUp();
    }

    /**
     * Opens the store in {@code dataDir} and records the configured sources in it.
     * Throws {@link dev.kiosque.store.StoreException} when the store cannot be used.
     */
    public static LocalLibrary open(Config config, Path dataDir, Map<String, String> env, boolean offline) {
        return open(config, dataDir, env, offline, null);
    }

    /**
     * {@link #open(Config, Path, Map, boolean)} with the store {@code ahead} started opening for
     * {@code dataDir} (null: open it here).
     */
    public static LocalLibrary open(Config config, Path dataDir, Map<String, String> env, boolean offline,
                                    StoreAhead ahead) {
        Store store = ahead != null ? ahead.take() : Store.open(dataDir.resolve(DB_FILE));
        try {
            store.syncFeeds(config.sections());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new LocalLibrary(config, store, env, offline, Clock.systemUTC());
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public List<SectionSummary> sections() {
        return store.sections(config.sections());
    }

    @Override
    public List<Headline> headlines(HeadlineQuery query) {
        return store.headlines(query);
    }

    @Override
    public Optional<Headline> item(long id) {
        return store.item(id);
    }

    @Override
    public int mark(MarkRequest request) {
        return store.mark(request);
    }

    @Override
    public ArticleResult open(long itemId, boolean offlineOnly) throws ArticleUnavailableException {
        return new ArticleOpener(store, this::fetcher, config.settings().articleBytes(), clock)
                .open(itemId, offline || offlineOnly);
    }

    /**
     * An article page by URL (not an item): kept by URL with its validators, so reading it again
     * costs a conditional GET (a 304: headers only), or nothing at all with {@code --offline}.
     */
    public ArticleResult openUrl(String url) throws ArticleUnavailableException {
        ArticleOpener opener = new ArticleOpener(store, this::fetcher, config.settings().articleBytes(), clock);
        if (offline) {
            return store.cachedArticle(url).map(a -> new ArticleResult(null, a, ArticleResult.Origin.CACHE, null))
                    .orElseThrow(() -> new ArticleUnavailableException("offline, and " + url + " was never fetched"));
        }
        return opener.openUrl(url);
    }

    @Override
    public RefreshReport refresh(RefreshRequest request, RefreshListener listener) {
        Instant start = clock.instant();
        List<FeedRef> feeds = config.select(request.sections(), request.feeds()).toList();
        if (offline) {
            List<FeedOutcome> skipped = feeds.stream().map(f -> new FeedOutcome(f, Refresher.nameOf(f, null),
                    FeedOutcome.Status.FAILED, 0, 0, 0, "offline", Duration.ZERO)).toList();
            return new RefreshReport(skipped, Duration.ZERO);
        }
        var settings = config.settings();
        int jobs = request.jobs() > 0 ? request.jobs() : settings.jobs();
        long limit = budgetFor(request, start);
        Budget budget = new Budget(limit);
        RunLedger ledger = new RunLedger(store, clock);
        Duration deadline = request.deadline() != null ? request.deadline() : settings.deadline();
        List<FeedOutcome> outcomes = new Refresher(store, fetcher(), clock, ledger, budget, request.force())
                .refresh(feeds, jobs, listener, deadline);
        List<FeedRef> prefetch = prefetched(feeds, request.articles());
        Prefetcher.Result articles = new Prefetcher.Result(0, 0);
        if (!prefetch.isEmpty()) {
            articles = new Prefetcher(store, this::fetcher, settings.articleBytes(), clock, ledger, budget)
                    .run(prefetch, jobs);
        }
        Instant end = clock.instant();
        store.setLastRefresh(end);
        store.prune(settings.keep(), end);
        return new RefreshReport(outcomes, Duration.between(start, end), ledger.feeds(), ledger.articles(),
                articles.ready(), articles.overBudget(), limit);
    }

    /**
     * The bytes this refresh may download: the request's budget, and what is left of the daily
     * budget today (UTC), whichever is smaller; 0 when neither applies. A spent daily budget
     * leaves one byte, so that the refresh skips everything rather than being unlimited.
     */
    private long budgetFor(RefreshRequest request, Instant now) {
        long limit = request.budget() > 0 ? request.budget() : Long.MAX_VALUE;
        long perDay = config.settings().budgetPerDay();
        if (perDay > 0) {
            long spent = store.traffic(now.atOffset(ZoneOffset.UTC).toLocalDate()).wireBytes();
            limit = Math.min(limit, Math.max(1, perDay - spent));
        }
        return limit == Long.MAX_VALUE ? 0 : limit;
    }

    /** The byte ledger since {@code days - 1} days before today (UTC): 1 is today only. */
    public Traffic traffic(int days, boolean articlesOnly) {
        LocalDate from = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(Math.max(1, days) - 1L);
        return articlesOnly ? store.articleTraffic(from) : store.traffic(from);
    }

    /** The {@code limit} sources that cost most over the last {@code days} days (1: today). */
    public List<FeedCost> costliestFeeds(int days, int limit) {
        LocalDate from = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(Math.max(1, days) - 1L);
        return store.costliestFeeds(from, limit);
    }

    /** The sources whose articles to keep for offline reading: all with --articles, else as the setting says. */
    private List<FeedRef> prefetched(List<FeedRef> feeds, boolean asked) {
        if (asked) return feeds;
        var settings = config.settings();
        if (!settings.prefetch()) return List.of();
        if (settings.prefetchSections().isEmpty()) return feeds;
        return feeds.stream().filter(f -> settings.prefetchSections().stream().anyMatch(s -> s.equalsIgnoreCase(f.section()))).toList();
    }

    @Override
    public Instant lastRefresh() {
        return store.lastRefresh();
    }

    /** The store, for use cases of the command line that the TUI does not need (stats). */
    public Store store() {
        return store;
    }

    private synchronized Fetcher fetcher() {
        if (fetcher == null) fetcher = Fetchers.create(config.settings(), env);
        return fetcher;
    }

    @Override
    public synchronized void close() {
        if (fetcher != null) fetcher.close();
        store.close();
    }
}
