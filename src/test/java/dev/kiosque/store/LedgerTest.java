package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.POLITIQUE;
import static dev.kiosque.store.Fixtures.SPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Article;
import dev.kiosque.model.FeedCost;
import dev.kiosque.model.Traffic;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: the byte ledger sums and the per-source schedule. */
class LedgerTest {
    private static final Instant DAY1 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Instant DAY3 = Instant.parse("2026-11-29T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void a_304_saves_the_last_full_size_and_compression_saves_decoded_less_wire() {
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            store.syncFeeds(Fixtures.config());
            assertEquals(0, store.recordFetch(SPORTS, null, 200, 9_000, 40_000, null, DAY1));
            assertEquals(9_000, store.recordFetch(SPORTS, null, 304, 200, 0, null, DAY3));
            store.recordFetch(POLITIQUE, null, 200, 5_000, 4_000, null, DAY3);  // not compressed: no saving, not a loss
            store.recordFetch(POLITIQUE, null, 0, 0, 0, "connection refused", DAY3);

            Traffic all = store.traffic(LocalDate.parse("2026-11-27"));
            assertEquals(new Traffic(4, 1, 14_200, 44_000, 9_000, 31_000), all);
            Traffic today = store.traffic(LocalDate.parse("2026-11-29"));
            assertEquals(new Traffic(3, 1, 5_200, 4_000, 9_000, 0), today);

            List<FeedCost> top = store.costliestFeeds(LocalDate.parse("2026-11-27"), 10);
            assertEquals(List.of(SPORTS, POLITIQUE), top.stream().map(FeedCost::url).toList());
            assertEquals(9_200, top.get(0).traffic().wireBytes());
            assertEquals(1, store.costliestFeeds(LocalDate.parse("2026-11-27"), 1).size());
        }
    }

    @Test
    void article_pages_are_in_the_ledger_and_their_304s_save_the_cached_page_size() {
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            String url = "https://example.org/a.html";
            Article a = new Article(url, "T", null, null, null, null, null, List.of(), List.of());
            store.recordArticleFetch(null, url, 200, 30_000, 90_000, null, DAY3);
            store.cacheArticle(a, new CachedPage("\"v1\"", null, 30_000, DAY3), DAY3);
            assertEquals(30_000, store.recordArticleFetch(null, url, 304, 150, 0, null, DAY3));
            assertEquals("\"v1\"", store.cachedPage(url).orElseThrow().etag());
            Traffic pages = store.articleTraffic(LocalDate.parse("2026-11-29"));
            assertEquals(2, pages.requests());
            assertEquals(30_000, pages.savedByNotModified());
            assertTrue(store.costliestFeeds(LocalDate.parse("2026-11-29"), 5).isEmpty());
        }
    }

    @Test
    void the_schedule_is_kept_and_a_304_keeps_the_announced_period() {
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            assertEquals(FeedSchedule.NEW, store.schedule(SPORTS));
            store.setSchedule(SPORTS, DAY3, 0, Duration.ofHours(1));
            store.setSchedule(SPORTS, DAY3.plusSeconds(60), 2, null);
            FeedSchedule s = store.schedule(SPORTS);
            assertEquals(DAY3.plusSeconds(60), s.nextDue());
            assertEquals(2, s.failures());
            assertEquals(Duration.ofHours(1), s.updateEvery());
            store.setSchedule(SPORTS, null, 0, Duration.ZERO);  // a body without hints clears the period
            assertNull(store.schedule(SPORTS).updateEvery());
            assertNull(store.schedule(SPORTS).nextDue());
        }
    }
}
