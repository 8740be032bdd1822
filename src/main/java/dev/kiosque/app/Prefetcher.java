package dev.kiosque.app;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.net.Fetcher;
import dev.kiosque.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps unread articles for offline reading: each one goes through {@link ArticleOpener}, which
 * downloads nothing for items already cached or carrying their full text in the feed.
 */
final class Prefetcher {

    /** At most this many unread items per source are prefetched in one refresh, newest first. */
    static final int PER_FEED = 30;

    private final Store store;
    private final ArticleOpener opener;

    Prefetcher(Store store, Supplier<Fetcher> fetcher, long articleBytes, Clock clock) {
        this.store = store;
        this.opener = new ArticleOpener(store, fetcher, articleBytes, clock);
    }

    /** Returns how many articles are now readable offline among those considered. */
    int prefetch(List<FeedRef> feeds, int jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        java.util.concurrent.atomic.AtomicInteger ready = new java.util.concurrent.atomic.AtomicInteger();
        try {
            for (FeedRef feed : feeds) {
                HeadlineQuery unread = new HeadlineQuery(List.of(), List.of(feed.url()), true, false, null, PER_FEED, null);
                for (Headline item : store.headlines(unread)) {
                    if (item.link() == null) continue;
                    pool.submit(() -> {
                        try {
                            ArticleResult r = opener.open(item.id(), false);
                            if (r.origin() != ArticleResult.Origin.SUMMARY) ready.incrementAndGet();
                        } catch (ArticleUnavailableException | RuntimeException e) {
                            // One page that cannot be had is not the refresh's failure; reading it later says why.
                        }
                    });
                }
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return ready.get();
    }
}
