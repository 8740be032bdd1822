package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.T0;
import static dev.kiosque.store.Fixtures.feed;
import static dev.kiosque.store.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.Item;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {

    static final int FEEDS = 24;
    static final int ITEMS = 20;

    @TempDir
    Path dir;

    static List<Section> config() {
        List<FeedRef> refs = new ArrayList<>();
        for (int f = 0; f < FEEDS; f++) refs.add(FeedRef.feed(url(f), null, "S"));
        return List.of(new Section("S", refs));
    }

    static String url(int f) {
        return "https://farm.test/feed/" + f;
    }

    /** Saves every feed, logs fetches, marks and reads, from {@code threads} threads on {@code store}. */
    static List<Future<?>> refresh(ExecutorService pool, Store store, String tag) {
        List<Future<?>> futures = new ArrayList<>();
        for (int f = 0; f < FEEDS; f++) {
            int feedNo = f;
            futures.add(pool.submit(() -> {
                Item[] items = new Item[ITEMS];
                for (int i = 0; i < ITEMS; i++) {
                    items[i] = item("f" + feedNo + "-" + i, tag + " title " + i, T0.plusSeconds(feedNo * 100L + i));
                }
                store.saveFeed(url(feedNo), feed("Feed " + feedNo, items), "\"" + tag + "\"", null, T0);
                store.recordFetch(url(feedNo), url(feedNo), 200, 1000, 4000, null, T0);
                store.mark(MarkRequest.feed(MarkRequest.Op.READ, url(feedNo)));
                store.headlines(HeadlineQuery.all());
                return null;
            }));
        }
        return futures;
    }

    @Test
    void eight_workers_saving_at_once_lose_nothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            store.syncFeeds(config());
            for (Future<?> f : refresh(pool, store, "one")) f.get();
            assertEquals(FEEDS * ITEMS, store.headlines(HeadlineQuery.all()).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void two_stores_on_the_same_file_write_at_once_without_database_is_locked() throws Exception {
        Path file = dir.resolve("kiosque.db");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Store first = Store.open(file); Store second = Store.open(file)) {
            first.syncFeeds(config());
            List<Future<?>> all = new ArrayList<>(refresh(pool, first, "first"));
            all.addAll(refresh(pool, second, "second"));
            for (Future<?> f : all) f.get(); // a StoreException ("locked") would surface here
            assertEquals(FEEDS * ITEMS, second.headlines(HeadlineQuery.all()).size());
            assertEquals(FEEDS * ITEMS, first.headlines(HeadlineQuery.all()).stream().filter(h -> h.read()).count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void two_stores_opening_a_new_file_at_once_both_migrate_it_safely() throws Exception {
        Path file = dir.resolve("fresh/kiosque.db");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Store> a = pool.submit(() -> Store.open(file));
            Future<Store> b = pool.submit(() -> Store.open(file));
            try (Store sa = a.get(); Store sb = b.get()) {
                sa.syncFeeds(config());
                assertEquals(FEEDS, sb.sections(config()).get(0).feeds().size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
