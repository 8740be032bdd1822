package dev.kiosque.app;

import dev.kiosque.feed.FeedException;
import dev.kiosque.feed.FeedReader;
import dev.kiosque.feed.HtmlSource;
import dev.kiosque.feed.UpdateHints;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.model.SourceKind;
import dev.kiosque.model.Traffic;
import dev.kiosque.net.FetchRequest;
import dev.kiosque.net.FetchResult;
import dev.kiosque.net.Fetcher;
import dev.kiosque.store.FeedSchedule;
import dev.kiosque.store.FeedState;
import dev.kiosque.store.FetchRecord;
import dev.kiosque.store.NextFetch;
import dev.kiosque.store.RefreshState;
import dev.kiosque.store.SaveResult;
import dev.kiosque.store.Store;
import dev.kiosque.store.StoreException;
import dev.kiosque.text.Durations;
import dev.kiosque.text.PlainText;
import dev.kiosque.text.Sizes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The refresh use case: fetch every selected source ({@code jobs} at once; the fetcher keeps the
 * per-host limit), parse, and save, one source at a time per worker. A source that fails is an
 * outcome, never an exception: the rest of the refresh goes on. Sources not due are not
 * requested (unless forced), nor those the budget cannot pay for; the whole refresh stops at its
 * deadline.
 *
 * <p>{@code jobs} is network concurrency: most workers wait on the network most of the time. Parsing
 * and saving are CPU and memory (a document tree, then the items, per feed), so at most
 * {@link #parsers(int)} workers parse or save at once, whatever {@code jobs} is: more would only
 * compete for the cores, or queue for the store's one writer, and keep more trees and items alive
 * through collections.
 */
final class Refresher {

    /** Largest feed body we read; past it the feed is parsed as truncated (the complete items survive). */
    static final long FEED_BYTES = 16L * 1024 * 1024;
    /** After the deadline, how long fetches in flight get to notice they were cancelled. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(5);
    /** A feed answering 410 Gone this many refreshes in a row is reported as gone for good. */
    static final int GONE_AFTER = 3;
    private static final int HTTP_GONE = 410;

    private final Store store;
    private final Fetcher fetcher;
    private final Clock clock;
    private final RunLedger ledger;
    private final Budget budget;
    private final boolean force;
    private volatile boolean deadlinePassed;
    /** Parsing slots of the running refresh (see the class comment); unlimited outside {@link #refresh}. */
    private volatile Semaphore parsing = new Semaphore(Integer.MAX_VALUE);

    Refresher(Store store, Fetcher fetcher, Clock clock, RunLedger ledger, Budget budget, boolean force) {
        this.store = store;
        this.fetcher = fetcher;
        this.clock = clock;
        this.ledger = ledger;
        this.budget = budget;
        this.force = force;
    }

    /** A refresher with no budget that honours the schedule. */
    Refresher(Store store, Fetcher fetcher, Clock clock) {
        this(store, fetcher, clock, new RunLedger(store, clock), Budget.unlimited(), false);
    }

    /** Refreshes {@code feeds} with {@code jobs} workers; outcomes come back in the order given. */
    List<FeedOutcome> refresh(List<FeedRef> feeds, int jobs, RefreshListener listener) {
        return refresh(feeds, jobs, listener, null);
    }

    /**
     * Refreshes {@code feeds} with {@code jobs} workers, stopping at {@code deadline} (null: none):
     * sources not started by then are SKIPPED, fetches in flight are cancelled.
     */
    List<FeedOutcome> refresh(List<FeedRef> feeds, int jobs, RefreshListener listener, Duration deadline) {
        listener.started(feeds.size());
        if (feeds.isEmpty()) return List.of();
        long deadlineNanos = deadline == null ? Long.MAX_VALUE : System.nanoTime() + deadline.toNanos();
        parsing = new Semaphore(parsers(jobs));
        // every source's state in one query, not one each that the workers would queue for
        List<String> urls = new ArrayList<>(feeds.size());
        for (FeedRef feed : feeds) urls.add(feed.url());
        Map<String, RefreshState> states = store.refreshStates(urls);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, feeds.size())), r -> {
            Thread t = new Thread(r, "refresh");
            t.setDaemon(true);
            return t;
        });
        // Background checkpoints first, so that they also run while the indexes are built.
        try (Store.Checkpoints checkpoints = store.checkpointInBackground();
             Store.IndexBuild indexes = store.deferIndexesIfEmpty()) {
            List<Future<FeedOutcome>> futures = new ArrayList<>();
            for (FeedRef feed : feeds) {
                futures.add(pool.submit(() -> {
                    FeedOutcome outcome = deadlinePassed ? pastDeadline(feed, deadline)
                            : refreshOne(feed, states.get(feed.url()));
                    listener.feedDone(outcome);
                    return outcome;
                }));
            }
            List<FeedOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < feeds.size(); i++) {
                outcomes.add(await(pool, futures.get(i), feeds.get(i), deadlineNanos, deadline));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * How many workers of {@code jobs} may parse or save at once: one per core and one more, at
     * most {@code jobs}. The one more keeps the cores busy while a worker that has parsed waits
     * for the store's one writer (with one per core, a 500-feed refresh used ~1.4 of 2 cores and
     * took 0.3-0.6 s longer).
     */
    static int parsers(int jobs) {
        return Math.max(1, Math.min(jobs, Runtime.getRuntime().availableProcessors() + 1));
    }

    private FeedOutcome await(ExecutorService pool, Future<FeedOutcome> future, FeedRef feed, long deadlineNanos,
                              Duration deadline) {
        try {
            if (!deadlinePassed) {
                long left = deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
                try {
                    return future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    deadlinePassed = true;
                    // Queued sources will never run; the running ones are interrupted and end as cancelled.
                    for (Runnable queued : pool.shutdownNow()) ((Future<?>) queued).cancel(false);
                }
            }
            return future.get(CANCEL_GRACE.toNanos(), TimeUnit.NANOSECONDS);
        } catch (CancellationException | TimeoutException e) {
            return pastDeadline(feed, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(feed, nameOf(feed, null), "cancelled", Traffic.NONE, Duration.ZERO);
        } catch (ExecutionException e) {
            return failed(feed, nameOf(feed, null), "internal error: " + e.getCause(), Traffic.NONE, Duration.ZERO);
        }
    }

    private FeedOutcome pastDeadline(FeedRef feed, Duration deadline) {
        String reason = "refresh deadline" + (deadline == null ? "" : " (" + Durations.format(deadline) + ")") + " passed";
        return new FeedOutcome(feed, nameOf(feed, null), FeedOutcome.Status.SKIPPED, 0, 0, 0, reason, Duration.ZERO);
    }

    /**
     * Fetches, parses and saves one source, whose state {@code known} was read before, unless it
     * is not due or over budget. Never throws.
     */
    private FeedOutcome refreshOne(FeedRef feed, RefreshState known) {
        Instant start = clock.instant();
        FeedState state = known.state();
        String name = nameOf(feed, state);
        try {
            FeedSchedule schedule = known.schedule();
            // A file on disk costs no bandwidth and has no server to spare: always due, never budgeted.
            boolean remote = feed.url().regionMatches(true, 0, "http", 0, 4);
            if (remote && !force && schedule.nextDue() != null && start.isBefore(schedule.nextDue())) {
                return notDue(feed, name, schedule, start);
            }
            long expected = schedule.lastFullSize();
            Budget.Grant grant = remote ? budget.reserve(expected) : Budget.unlimited().reserve(0);
            if (grant == null) {
                return new FeedOutcome(feed, name, FeedOutcome.Status.SKIPPED, 0, 0, 0, "over budget: needs about "
                        + Sizes.format(expected > 0 ? expected : Budget.MIN_UNKNOWN) + ", "
                        + Sizes.format(budget.left()) + " left", Duration.ZERO);
            }
            long wire = 0;
            try {
                FetchRequest request = new FetchRequest(feed.url(), state == null ? null : state.etag(),
                        state == null ? null : state.lastModified(), Math.min(FEED_BYTES, grant.maxBytes()));
                FetchResult result = fetcher.fetch(request);
                wire = result.wireBytes();
                return answer(feed, name, schedule, result, start);
            } finally {
                budget.settle(grant, wire);
            }
        } catch (StoreException e) {
            // A full disk or a file kiosque may not write: the store's one-line message says which.
            return failed(feed, name, e.getMessage(), Traffic.NONE, since(start));
        } catch (RuntimeException e) {
            // A bug in one source's handling must not sink the refresh; the message names it.
            return failed(feed, name, "internal error: " + e, Traffic.NONE, since(start));
        }
    }

    private FeedOutcome answer(FeedRef feed, String name, FeedSchedule schedule, FetchResult result, Instant start) {
        if (result instanceof FetchResult.NotModified nm) {
            Instant next = Schedule.afterSuccess(clock.instant(), nm.freshFor(), schedule.updateEvery());
            FetchRecord fetch = new FetchRecord(nm.url(), 304, nm.wireBytes(), 0, null);
            Traffic t = logged(feed, fetch, new NextFetch(next, 0, null));
            return new FeedOutcome(feed, name, FeedOutcome.Status.NOT_MODIFIED, 0, 0, nm.wireBytes(), null,
                    since(start), t, next);
        }
        if (result instanceof FetchResult.Failed f) {
            String reason = failureReason(feed, f);
            FetchRecord fetch = new FetchRecord(f.url(), f.status(), f.wireBytes(), 0, reason);
            if (deadlinePassed && Thread.currentThread().isInterrupted()) {
                // Stopped by us, not by the source: its schedule is left alone.
                return failed(feed, name, "stopped at the refresh deadline", logged(feed, fetch, null), since(start));
            }
            return failure(feed, name, schedule, fetch, f.retryAfter(), start);
        }
        return save(feed, name, schedule, (FetchResult.Ok) result, start);
    }

    private FeedOutcome save(FeedRef feed, String name, FeedSchedule schedule, FetchResult.Ok ok, Instant start) {
        // Uninterruptibly, as parsing itself is: a body fetched before the deadline is kept if it can be.
        // The slot is held until the items are saved: a parsed feed waiting for the store's one
        // writer would otherwise outlive a young collection and be promoted with a dozen others.
        parsing.acquireUninterruptibly();
        try {
            ParsedFeed parsed;
            Duration period;
            try {
                parsed = feed.kind() == SourceKind.HTML
                        ? HtmlSource.read(ok.body(), ok.url(), ok.charset(), feed.html())
                        : FeedReader.read(ok.body(), ok.url(), ok.charset());
                parsed = forStore(feed, parsed);
                period = feed.kind() == SourceKind.HTML ? null : UpdateHints.period(ok.body());
            } catch (FeedException e) {
                FetchRecord fetch = new FetchRecord(ok.url(), ok.status(), ok.wireBytes(), ok.decodedBytes(),
                        e.getMessage());
                return failure(feed, name, schedule, fetch, null, start);
            }
            return saved(feed, name, ok, parsed, period, start);
        } finally {
            parsing.release();
        }
    }

    private FeedOutcome saved(FeedRef feed, String name, FetchResult.Ok ok, ParsedFeed parsed, Duration period,
                              Instant start) {
        // A body cut off in transit is salvaged, but its validators would make the next refresh
        // skip the rest. A document that arrived whole but is itself damaged keeps them: fetching
        // it again would give the same bytes.
        boolean keepValidators = !ok.truncated();
        Instant at = clock.instant();
        // A cut body may have lost the hints; it is due again at once so that the rest comes soon.
        Instant next = ok.truncated() ? null : Schedule.afterSuccess(at, ok.freshFor(), period);
        FetchRecord fetch = new FetchRecord(ok.url(), ok.status(), ok.wireBytes(), ok.decodedBytes(), null);
        SaveResult saved = store.saveRefresh(feed.url(), parsed,
                keepValidators ? ok.etag() : null, keepValidators ? ok.lastModified() : null, fetch,
                new NextFetch(next, 0, period == null ? Duration.ZERO : period), at);
        // A 2xx is never a 304: it saved nothing by not being sent.
        Traffic t = ledger.feedLogged(ok.status(), ok.wireBytes(), ok.decodedBytes(), 0);
        String shown = feed.name() != null ? feed.name()
                : parsed.meta() != null && parsed.meta().title() != null && !parsed.meta().title().isBlank()
                ? parsed.meta().title() : name;
        return new FeedOutcome(feed, shown, FeedOutcome.Status.OK, saved.added(), saved.updated(),
                ok.wireBytes(), cutNote(ok), since(start), t, next);
    }

    /** Says so when a feed was cut at {@link #FEED_BYTES}: its later items are missing. */
    private static String cutNote(FetchResult.Ok ok) {
        if (!ok.truncated() || ok.decodedBytes() < FEED_BYTES) return null;
        return "cut at " + Sizes.format(FEED_BYTES) + ", the size kiosque reads of a feed; the items before the cut were kept";
    }

    /**
     * The failure as the reader sees it: with how long the server asked us to wait, and a feed
     * that answered 410 Gone {@link #GONE_AFTER} times in a row called gone for good.
     */
    private String failureReason(FeedRef feed, FetchResult.Failed f) {
        if (f.status() == HTTP_GONE && store.fetchStreak(feed.url(), HTTP_GONE, GONE_AFTER) + 1 >= GONE_AFTER) {
            return "gone for good (HTTP 410 Gone " + GONE_AFTER + " times in a row): remove it from feeds.yaml";
        }
        Duration wait = f.retryAfter();
        if (wait != null && !wait.isNegative() && !wait.isZero()) {
            return f.reason() + " (the server asks to wait " + Durations.format(wait) + ")";
        }
        return f.reason();
    }

    /**
     * What the store keeps of a parsed source: an item dated only by its update is listed by that
     * date, an item of a page (which has no categories) is filed under the section's name, and
     * links lose any control character a hostile feed put in them.
     */
    static ParsedFeed forStore(FeedRef feed, ParsedFeed parsed) {
        boolean page = feed.kind() == SourceKind.HTML;
        List<Item> items = new ArrayList<>(parsed.items().size());
        for (Item i : parsed.items()) {
            boolean undated = i.published() == null && i.updated() != null;
            boolean uncategorised = page && i.categories().isEmpty();
            String link = PlainText.line(i.link());      // a link is shown and opened: no controls in it
            boolean dirty = !Objects.equals(link, i.link());
            items.add(!undated && !uncategorised && !dirty ? i : new Item(i.id(), i.title(), link, i.authors(),
                    undated ? i.updated() : i.published(), i.updated(), i.summary(), i.contentHtml(),
                    uncategorised ? List.of(feed.section()) : i.categories(), i.enclosure()));
        }
        return new ParsedFeed(parsed.format(), parsed.meta(), items, parsed.complete());
    }

    /** A failed fetch or parse: one more failure in a row, and the source waits as the backoff says. */
    private FeedOutcome failure(FeedRef feed, String name, FeedSchedule schedule, FetchRecord fetch,
                                Duration retryAfter, Instant start) {
        int failures = schedule.failures() + 1;
        Instant next = Schedule.afterFailure(clock.instant(), failures, retryAfter);
        Traffic t = logged(feed, fetch, new NextFetch(next, failures, null));
        return new FeedOutcome(feed, name, FeedOutcome.Status.FAILED, 0, 0, t.wireBytes(), fetch.error(),
                since(start), t, next);
    }

    /**
     * Logs a request that brought no body to keep, with the source's new schedule ({@code next},
     * null to leave it), in one store transaction; returns its traffic.
     */
    private Traffic logged(FeedRef feed, FetchRecord fetch, NextFetch next) {
        long saved = store.recordRefresh(feed.url(), fetch, next, clock.instant());
        return ledger.feedLogged(fetch.status(), fetch.wireBytes(), fetch.decodedBytes(), saved);
    }

    private FeedOutcome notDue(FeedRef feed, String name, FeedSchedule schedule, Instant now) {
        // StringBuilder, not "+": sixteen workers reaching a first "+" at once all wait for its
        // invokedynamic bootstrap (~50 ms of a refresh where nothing is due)
        StringBuilder why = new StringBuilder("due in ").append(Durations.format(Duration.between(now, schedule.nextDue())));
        if (schedule.failures() >= 2) why.append(" (after ").append(schedule.failures()).append(" failures in a row)");
        return new FeedOutcome(feed, name, FeedOutcome.Status.NOT_DUE, 0, 0, 0, why.toString(), Duration.ZERO, Traffic.NONE,
                schedule.nextDue());
    }

    private static FeedOutcome failed(FeedRef feed, String name, String reason, Traffic t, Duration took) {
        return new FeedOutcome(feed, name, FeedOutcome.Status.FAILED, 0, 0, t.wireBytes(), reason, took, t, null);
    }

    /** The name a reader knows the source by: configured name, else its title, else its URL. */
    static String nameOf(FeedRef feed, FeedState state) {
        if (feed.name() != null) return feed.name();
        if (state != null && state.title() != null && !state.title().isBlank()) return state.title();
        return feed.url();
    }

    private Duration since(Instant start) {
        return Duration.between(start, clock.instant());
    }
}
