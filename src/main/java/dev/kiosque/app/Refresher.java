package dev.kiosque.app;

import dev.kiosque.feed.FeedException;
import dev.kiosque.feed.FeedReader;
import dev.kiosque.feed.HtmlSource;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.model.SourceKind;
import dev.kiosque.net.FetchRequest;
import dev.kiosque.net.FetchResult;
import dev.kiosque.net.Fetcher;
import dev.kiosque.store.FeedState;
import dev.kiosque.store.SaveResult;
import dev.kiosque.store.Store;
import dev.kiosque.store.StoreException;
import dev.kiosque.text.Durations;
import dev.kiosque.text.Sizes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The refresh use case: fetch every selected source ({@code jobs} at once; the fetcher keeps the
 * per-host limit), parse, and save, one source at a time per worker. A source that fails is an
 * outcome, never an exception: the rest of the refresh goes on.
 */
final class Refresher {

    /** Largest feed body we read; past it the feed is parsed as truncated (the complete items survive). */
    static final long FEED_BYTES = 16L * 1024 * 1024;
    /** A feed answering 410 Gone this many refreshes in a row is reported as gone for good. */
    static final int GONE_AFTER = 3;
    private static final int HTTP_GONE = 410;

    private final Store store;
    private final Fetcher fetcher;
    private final Clock clock;

    Refresher(Store store, Fetcher fetcher, Clock clock) {
        this.store = store;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** Refreshes {@code feeds} with {@code jobs} workers; outcomes come back in the order given. */
    List<FeedOutcome> refresh(List<FeedRef> feeds, int jobs, RefreshListener listener) {
        listener.started(feeds.size());
        if (feeds.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, feeds.size())), r -> {
            Thread t = new Thread(r, "refresh");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FeedOutcome>> futures = new ArrayList<>();
            for (FeedRef feed : feeds) {
                futures.add(pool.submit(() -> {
                    FeedOutcome outcome = refreshOne(feed);
                    listener.feedDone(outcome);
                    return outcome;
                }));
            }
            List<FeedOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < feeds.size(); i++) {
                outcomes.add(await(futures.get(i), feeds.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private FeedOutcome await(Future<FeedOutcome> future, FeedRef feed) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(feed, nameOf(feed, null), "cancelled", 0, Duration.ZERO);
        } catch (ExecutionException e) {
            return failed(feed, nameOf(feed, null), "internal error: " + e.getCause(), 0, Duration.ZERO);
        }
    }

    /** Fetches, parses and saves one source. Never throws. */
    FeedOutcome refreshOne(FeedRef feed) {
        Instant start = clock.instant();
        FeedState state = store.feedState(feed.url()).orElse(null);
        String name = nameOf(feed, state);
        try {
            FetchRequest request = new FetchRequest(feed.url(),
                    state == null ? null : state.etag(), state == null ? null : state.lastModified(), FEED_BYTES);
            FetchResult result = fetcher.fetch(request);
            if (result instanceof FetchResult.NotModified nm) {
                store.recordFetch(feed.url(), nm.url(), 304, nm.wireBytes(), 0, null, clock.instant());
                return new FeedOutcome(feed, name, FeedOutcome.Status.NOT_MODIFIED, 0, 0, nm.wireBytes(), null, since(start));
            }
            if (result instanceof FetchResult.Failed f) {
                String reason = failureReason(feed, f);
                store.recordFetch(feed.url(), f.url(), f.status(), f.wireBytes(), 0, reason, clock.instant());
                return failed(feed, name, reason, f.wireBytes(), since(start));
            }
            return save(feed, name, (FetchResult.Ok) result, start);
        } catch (StoreException e) {
            // A full disk or a file kiosque may not write: the store's one-line message says which.
            return failed(feed, name, e.getMessage(), 0, since(start));
        } catch (RuntimeException e) {
            // A bug in one source's handling must not sink the refresh; the message names it.
            return failed(feed, name, "internal error: " + e, 0, since(start));
        }
    }

    private FeedOutcome save(FeedRef feed, String name, FetchResult.Ok ok, Instant start) {
        ParsedFeed parsed;
        try {
            parsed = feed.kind() == SourceKind.HTML
                    ? HtmlSource.read(ok.body(), ok.url(), ok.charset(), feed.html())
                    : FeedReader.read(ok.body(), ok.url(), ok.charset());
        } catch (FeedException e) {
            store.recordFetch(feed.url(), ok.url(), ok.status(), ok.wireBytes(), ok.decodedBytes(), e.getMessage(), clock.instant());
            return failed(feed, name, e.getMessage(), ok.wireBytes(), since(start));
        }
        parsed = forStore(feed, parsed);
        // A body cut off in transit is salvaged, but its validators would make the next refresh
        // skip the rest. A document that arrived whole but is itself damaged keeps them: fetching
        // it again would give the same bytes.
        boolean keepValidators = !ok.truncated();
        SaveResult saved = store.saveFeed(feed.url(), parsed,
                keepValidators ? ok.etag() : null, keepValidators ? ok.lastModified() : null, clock.instant());
        store.recordFetch(feed.url(), ok.url(), ok.status(), ok.wireBytes(), ok.decodedBytes(), null, clock.instant());
        String shown = feed.name() != null ? feed.name()
                : parsed.meta() != null && parsed.meta().title() != null && !parsed.meta().title().isBlank()
                ? parsed.meta().title() : name;
        return new FeedOutcome(feed, shown, FeedOutcome.Status.OK, saved.added(), saved.updated(),
                ok.wireBytes(), cutNote(ok), since(start));
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
     * date, and an item of a page (which has no categories) is filed under the section's name.
     */
    static ParsedFeed forStore(FeedRef feed, ParsedFeed parsed) {
        boolean page = feed.kind() == SourceKind.HTML;
        List<Item> items = new ArrayList<>(parsed.items().size());
        for (Item i : parsed.items()) {
            boolean undated = i.published() == null && i.updated() != null;
            boolean uncategorised = page && i.categories().isEmpty();
            items.add(!undated && !uncategorised ? i : new Item(i.id(), i.title(), i.link(), i.authors(),
                    undated ? i.updated() : i.published(), i.updated(), i.summary(), i.contentHtml(),
                    uncategorised ? List.of(feed.section()) : i.categories(), i.enclosure()));
        }
        return new ParsedFeed(parsed.format(), parsed.meta(), items, parsed.complete());
    }

    private static FeedOutcome failed(FeedRef feed, String name, String reason, long wire, Duration took) {
        return new FeedOutcome(feed, name, FeedOutcome.Status.FAILED, 0, 0, wire, reason, took);
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
