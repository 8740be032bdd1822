package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.POLITIQUE;
import static dev.kiosque.store.Fixtures.SPORTS;
import static dev.kiosque.store.Fixtures.T0;
import static dev.kiosque.store.Fixtures.TECH;
import static dev.kiosque.store.Fixtures.feed;
import static dev.kiosque.store.Fixtures.hours;
import static dev.kiosque.store.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.MarkRequest.Op;
import dev.kiosque.model.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkTest {

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("kiosque.db"));
        store.syncFeeds(Fixtures.config());
        store.saveFeed(POLITIQUE, feed("P", item("p1", "P1", hours(1)), item("p2", "P2", hours(2))), null, null, T0);
        store.saveFeed(SPORTS, feed("Le Sport", item("s1", "S1", hours(3))), null, null, T0);
        store.saveFeed(TECH, feed("T", item("t1", "T1", hours(4))), null, null, T0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void marking_ids_counts_only_the_items_that_changed() {
        List<Long> ids = List.of(id("P1"), id("S1"));
        assertEquals(2, store.mark(MarkRequest.items(Op.READ, ids)));
        assertEquals(0, store.mark(MarkRequest.items(Op.READ, ids)), "already read");
        assertEquals(1, store.mark(MarkRequest.items(Op.UNREAD, List.of(id("P1")))));
        assertEquals(List.of("S1"), titles(h -> h.read()));
        assertEquals(0, store.mark(MarkRequest.items(Op.READ, List.of(424242L))), "unknown ids change nothing");
    }

    @Test
    void marking_a_section_ignores_case_and_accents() {
        assertEquals(1, store.mark(MarkRequest.section(Op.STAR, "economie & tech")));
        assertEquals(List.of("T1"), titles(Headline::starred));
        assertEquals(1, store.mark(MarkRequest.section(Op.UNSTAR, "Économie & Tech")));
        assertEquals(List.of(), titles(Headline::starred));
        assertEquals(0, store.mark(MarkRequest.section(Op.READ, "No such section")));
    }

    @Test
    void marking_a_feed_finds_it_by_name_title_or_url() {
        assertEquals(2, store.mark(MarkRequest.feed(Op.READ, "MonKiosk Politique")));
        assertEquals(1, store.mark(MarkRequest.feed(Op.READ, "le sport")));
        assertEquals(1, store.mark(MarkRequest.feed(Op.READ, TECH)));
        assertEquals(4, titles(Headline::read).size());
    }

    @Test
    void marking_all_covers_configured_sources_only() {
        store.syncFeeds(List.of(new Section("Politique", List.of(FeedRef.feed(POLITIQUE, null, "Politique")))));
        assertEquals(2, store.mark(MarkRequest.everything(Op.READ)));
        store.syncFeeds(Fixtures.config());
        assertEquals(List.of("P2", "P1"), titles(Headline::read));
        assertEquals(2, store.mark(MarkRequest.everything(Op.READ)));
    }

    @Test
    void many_ids_are_marked_in_chunks() {
        List<Long> ids = new java.util.ArrayList<>();
        for (long i = 0; i < 1200; i++) ids.add(1_000_000 + i);
        ids.add(id("T1"));
        assertEquals(1, store.mark(MarkRequest.items(Op.STAR, ids)));
    }

    @Test
    void a_mark_without_a_target_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> store.mark(new MarkRequest(Op.READ, List.of(), null, null, false)));
    }

    private long id(String title) {
        return store.headlines(HeadlineQuery.all()).stream().filter(h -> h.title().equals(title)).findFirst()
                .orElseThrow().id();
    }

    private List<String> titles(java.util.function.Predicate<Headline> which) {
        return store.headlines(HeadlineQuery.all()).stream().filter(which).map(Headline::title).toList();
    }
}
