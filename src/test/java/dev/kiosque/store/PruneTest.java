package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.POLITIQUE;
import static dev.kiosque.store.Fixtures.T0;
import static dev.kiosque.store.Fixtures.feed;
import static dev.kiosque.store.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.Item;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.MarkRequest.Op;
import dev.kiosque.model.ParsedFeed;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PruneTest {

    static final Duration KEEP = Duration.ofDays(60);
    static final Instant NOW = T0.plus(Duration.ofDays(100));

    @TempDir
    Path dir;
    Store store;
    ParsedFeed carried;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("kiosque.db"));
        store.syncFeeds(Fixtures.config());
        Instant old = NOW.minus(Duration.ofDays(61));
        Instant recent = NOW.minus(Duration.ofDays(59));
        carried = feed("P", item("old-read", "old read", old), item("old-unread", "old unread", old),
                item("old-starred", "old starred", old), item("recent-read", "recent read", recent));
        store.saveFeed(POLITIQUE, carried, null, null, T0);
        store.mark(MarkRequest.items(Op.READ, List.of(id("old read"), id("old starred"), id("recent read"))));
        store.mark(MarkRequest.items(Op.STAR, List.of(id("old starred"))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void only_read_unstarred_items_older_than_keep_are_dropped() {
        assertEquals(1, store.prune(KEEP, NOW));
        assertEquals(Set.of("old unread", "old starred", "recent read"),
                store.headlines(HeadlineQuery.all()).stream().map(Headline::title).collect(Collectors.toSet()));
        assertEquals(0, store.prune(KEEP, NOW), "nothing more to drop");
    }

    @Test
    void a_dropped_item_does_not_come_back_while_its_feed_still_carries_it() {
        store.prune(KEEP, NOW);
        SaveResult again = store.saveFeed(POLITIQUE, carried, null, null, NOW);
        assertEquals(0, again.added());
        assertEquals(3, store.headlines(HeadlineQuery.all()).size());
    }

    @Test
    void a_forgotten_item_is_remembered_only_while_its_feed_carries_it() {
        store.prune(KEEP, NOW);
        store.saveFeed(POLITIQUE, feed("P"), null, null, NOW); // the feed no longer has it
        store.prune(KEEP, NOW.plus(Duration.ofDays(61)));
        SaveResult back = store.saveFeed(POLITIQUE, feed("P", carried.items().get(0)), null, null, NOW);
        assertEquals(1, back.added(), "after keep without seeing it, an item that reappears is new again");
    }

    @Test
    void undated_items_age_from_when_they_were_first_seen() {
        Item undated = item("undated", "undated", null);
        store.saveFeed(POLITIQUE, feed("P", undated), null, null, NOW.minus(Duration.ofDays(61)));
        store.mark(MarkRequest.items(Op.READ, List.of(id("undated"))));
        assertEquals(2, store.prune(KEEP, NOW));
        assertTrue(store.headlines(HeadlineQuery.all()).stream().noneMatch(h -> h.title().equals("undated")));
    }

    @Test
    void cached_articles_go_once_no_item_links_to_them_and_they_are_old() {
        Article linked = new Article("https://example.org/a/old-starred", "t", null, null, null, null, null,
                List.of(Block.of(Block.Kind.PARAGRAPH, "x")), List.of());
        Article orphan = new Article("https://elsewhere.example/x", "t", null, null, null, null, null,
                List.of(), List.of());
        store.cacheArticle(linked, T0);
        store.cacheArticle(orphan, T0);
        store.prune(KEEP, NOW);
        assertTrue(store.cachedArticle(linked.url()).isPresent());
        assertTrue(store.cachedArticle(orphan.url()).isEmpty());
    }

    private long id(String title) {
        return store.headlines(HeadlineQuery.all()).stream().filter(h -> h.title().equals(title)).findFirst()
                .orElseThrow().id();
    }
}
