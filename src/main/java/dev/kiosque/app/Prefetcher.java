package dev.kiosque.app;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.net.Fetcher;
import dev.kiosque.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps unread articles for offline reading: each one goes through {@link ArticleOpener}, which
 * downloads nothing for items already cached or carrying their full text in the feed. Pages are
 * fetched in config order while the budget allows; what it cannot pay for is counted as skipped.
 */
final class Prefetcher {

    /** At most this many unread items per source are prefetched in one refresh, newest first. */
    static final int PER_FEED = 30;

    /** What a prefetch did: articles now readable offline, and pages the budget could not pay for. */
    record Result(int ready, int overBudget) {}

    private final Store store;
    private final ArticleOpener opener;
    private final Budget budget;

    Prefetcher(Store store, Supplier<Fetcher> fetcher, long articleBytes, Clock clock, RunLedger ledger, Budget budget) {
        this.store = store;
        this.opener = new ArticleOpener(store, fetcher, articleBytes, clock, ledger);
        this.budget = budget;
    }

    Prefetcher(Store store, Supplier<Fetcher> fetcher, long articleBytes, Clock clock) {
        this(store, fetcher, articleBytes, clock, new RunLedger(store, clock), Budget.unlimited());
    }

    /** Returns how many articles are now readable offline among those considered. */
    int prefetch(List<FeedRef> feeds, int jobs) {
        return run(feeds, jobs).ready();
    }

    Result run(List<FeedRef> feeds, int jobs) {
        List<Headline> items = new ArrayList<>();
        for (FeedRef feed : feeds) {
            HeadlineQuery unread = new HeadlineQuery(List.of(), List.of(feed.url()), true, false, null, PER_FEED, null);
            for (Headline item : store.headlines(unread)) if (item.link() != null) items.add(item);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        AtomicInteger ready = new AtomicInteger();
        AtomicInteger overBudget = new AtomicInteger();
        try {
            for (Headline item : items) pool.submit(() -> prefetchOne(item, ready, overBudget));
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return new Result(ready.get(), overBudget.get());
    }

    private void prefetchOne(Headline item, AtomicInteger ready, AtomicInteger overBudget) {
        try {
            if (opener.local(item, false).isPresent()) {
                ready.incrementAndGet();
                return;
            }
            Budget.Grant grant = budget.reserve(0);
            if (grant == null) {
                overBudget.incrementAndGet();
                return;
            }
            AtomicLong wire = new AtomicLong();
            try {
                ArticleResult r = opener.fetch(item, grant.maxBytes(), wire::addAndGet);
                if (r.origin() != ArticleResult.Origin.SUMMARY) ready.incrementAndGet();
            } finally {
                budget.settle(grant, wire.get());
            }
        } catch (ArticleUnavailableException | RuntimeException e) {
            // One page that cannot be had is not the refresh's failure; reading it later says why.
        }
    }
}
