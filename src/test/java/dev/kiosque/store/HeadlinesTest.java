package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.POLITIQUE;
import static dev.kiosque.store.Fixtures.SPORTS;
import static dev.kiosque.store.Fixtures.T0;
import static dev.kiosque.store.Fixtures.TECH;
import static dev.kiosque.store.Fixtures.feed;
import static dev.kiosque.store.Fixtures.hours;
import static dev.kiosque.store.Fixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.Item;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.Section;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlinesTest {

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("kiosque.db"));
        store.syncFeeds(Fixtures.config());
        store.saveFeed(POLITIQUE, feed("MonKiosk - Politique",
                new Item("p1", "Budget de Février adopté", "https://example.org/p1", List.of("Adama Ndiaye"),
                        hours(3), null, "L'Assemblée a voté le budget rectificatif", null,
                        List.of("Politique", "Élections"), null),
                item("p2", "Élections municipales", hours(1))), null, null, T0);
        store.saveFeed(SPORTS, feed("Le Sport Ouest-Africain", item("s1", "Lutte : combat reporté", hours(2)),
                item("s2", "CAN U20", hours(-48))), null, null, T0);
        store.saveFeed(TECH, feed("Tech Feed Title", item("t1", "Mobile money CŒUR du marché", hours(4))),
                null, null, T0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_listing_with_less_detail_is_the_same_listing_with_fields_left_out() {
        for (HeadlineQuery q : List.of(HeadlineQuery.all(), HeadlineQuery.all().withSections(List.of("Politique")),
                HeadlineQuery.all().withSearch("budget"))) {
            List<Headline> full = store.headlines(q);
            assertEquals(full.stream().map(h -> new Headline(h.id(), h.section(), h.feed(), h.title(), h.link(),
                    h.author(), h.published(), null, h.categories(), h.read(), h.starred())).toList(),
                    store.headlines(q.withDetail(HeadlineQuery.Detail.NO_SUMMARY)));
            assertEquals(full.stream().map(h -> new Headline(h.id(), h.section(), h.feed(), h.title(), null,
                    null, h.published(), null, List.of(), h.read(), h.starred())).toList(),
                    store.headlines(q.withDetail(HeadlineQuery.Detail.TITLES)));
        }
        List<Headline> all = store.headlines(HeadlineQuery.all());
        assertTrue(all.stream().anyMatch(h -> h.summary() != null) && all.stream().anyMatch(h -> h.author() != null)
                && all.stream().anyMatch(h -> !h.categories().isEmpty()));
    }

    @Test
    void all_headlines_come_newest_first_with_section_and_display_name() {
        List<Headline> all = store.headlines(HeadlineQuery.all());
        assertEquals(List.of("t1", "p1", "s1", "p2", "s2"), all.stream().map(h -> h.link().replaceAll(".*/", ""))
                .toList());
        Headline p1 = all.get(1);
        assertEquals("Politique", p1.section());
        assertEquals("MonKiosk Politique", p1.feed(), "the configured name wins");
        assertEquals("Adama Ndiaye", p1.author());
        assertEquals(hours(3), p1.published());
        assertEquals(List.of("Politique", "Élections"), p1.categories());
        assertEquals("Le Sport Ouest-Africain", all.get(2).feed(), "else the feed's own title");
    }

    @Test
    void search_ignores_case_and_accents_and_needs_every_word() {
        assertEquals(List.of("Budget de Février adopté"), titles(search("fevrier")));
        assertEquals(List.of("Budget de Février adopté"), titles(search("FÉVRIER budget")));
        assertEquals(List.of(), titles(search("fevrier lutte")));
        assertEquals(List.of("Budget de Février adopté"), titles(search("assemblee")), "summaries are searched");
        assertEquals(List.of("Mobile money CŒUR du marché"), titles(search("coeur")));
        assertEquals(List.of("Élections municipales"), titles(search("elections")),
                "titles are searched, categories are not");
        assertEquals(5, store.headlines(search("   ")).size(), "a blank search matches everything");
    }

    @Test
    void sections_match_ignoring_case_and_accents() {
        assertEquals(List.of("Mobile money CŒUR du marché"),
                titles(HeadlineQuery.all().withSections(List.of("economie & TECH"))));
        assertEquals(4, store.headlines(HeadlineQuery.all().withSections(List.of("Politique", "sports"))).size());
        assertEquals(List.of(), store.headlines(HeadlineQuery.all().withSections(List.of("Nope"))));
    }

    @Test
    void feeds_match_by_configured_name_feed_title_or_url() {
        assertEquals(2, store.headlines(feeds("monkiosk politique")).size());
        assertEquals(2, store.headlines(feeds("Le Sport Ouest-Africain")).size());
        assertEquals(1, store.headlines(feeds(TECH)).size());
        assertEquals(1, store.headlines(feeds("Tech Feed Title")).size(), "a named feed still answers to its title");
        assertEquals(0, store.headlines(feeds("unknown")).size());
    }

    @Test
    void unread_starred_since_and_limit_filter_the_list() {
        long p1 = byTitle("Budget de Février adopté").id();
        long s1 = byTitle("Lutte : combat reporté").id();
        store.mark(MarkRequest.items(MarkRequest.Op.READ, List.of(p1)));
        store.mark(MarkRequest.items(MarkRequest.Op.STAR, List.of(s1)));
        assertEquals(4, store.headlines(new HeadlineQuery(List.of(), List.of(), true, false, null, 0, null)).size());
        assertEquals(List.of("Lutte : combat reporté"),
                titles(new HeadlineQuery(List.of(), List.of(), false, true, null, 0, null)));
        assertEquals(List.of("Mobile money CŒUR du marché", "Budget de Février adopté"),
                titles(new HeadlineQuery(List.of(), List.of(), false, false, hours(3), 0, null)));
        assertEquals(List.of("Mobile money CŒUR du marché", "Budget de Février adopté"),
                titles(new HeadlineQuery(List.of(), List.of(), false, false, null, 2, null)));
        assertEquals(List.of("Mobile money CŒUR du marché", "Lutte : combat reporté", "Élections municipales"),
                titles(new HeadlineQuery(List.of(), List.of(), true, false, hours(0), 0, null)));
    }

    @Test
    void item_by_id_and_by_link_and_content() {
        Headline p1 = byTitle("Budget de Février adopté");
        assertEquals(p1, store.item(p1.id()).orElseThrow());
        assertEquals(p1, store.itemByLink("https://example.org/p1").orElseThrow());
        assertEquals("L'Assemblée a voté le budget rectificatif", store.content(p1.id()).orElseThrow().summary());
        assertTrue(store.item(999_999).isEmpty());
        assertTrue(store.itemByLink("https://nowhere").isEmpty());
        assertTrue(store.content(999_999).isEmpty());
    }

    @Test
    void fifteen_thousand_items_list_correctly() {
        int feeds = 500;
        int perFeed = 30;
        List<FeedRef> refs = new java.util.ArrayList<>();
        for (int f = 0; f < feeds; f++) refs.add(FeedRef.feed("https://farm.test/" + f, null, "S" + (f % 5)));
        store.syncFeeds(List.of(new Section("S0", refs.subList(0, 250)), new Section("S1", refs.subList(250, 500))));
        for (int f = 0; f < feeds; f++) {
            Item[] items = new Item[perFeed];
            for (int i = 0; i < perFeed; i++) {
                Instant when = T0.minusSeconds(60L * (f * perFeed + i));
                items[i] = item("f" + f + "i" + i, "Titre " + f + "/" + i + (i == 7 ? " Sécurité" : ""), when);
            }
            store.saveFeed("https://farm.test/" + f, feed("Feed " + f, items), null, null, T0);
        }
        List<Headline> all = store.headlines(HeadlineQuery.all());
        assertEquals(feeds * perFeed, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(!all.get(i).published().isAfter(all.get(i - 1).published()), "newest first at " + i);
        }
        assertEquals(all.subList(0, 10),
                store.headlines(new HeadlineQuery(List.of(), List.of(), false, false, null, 10, null)));
        assertEquals(feeds, store.headlines(search("securite")).size());
        assertEquals(250 * perFeed, store.headlines(HeadlineQuery.all().withSections(List.of("s1"))).size());
        assertEquals(30, store.headlines(feeds("Feed 42")).size());
        store.mark(MarkRequest.section(MarkRequest.Op.READ, "S0"));
        assertEquals(250 * perFeed, store.headlines(new HeadlineQuery(List.of(), List.of(), true, false, null, 0, null))
                .size());
    }

    @Test
    void a_plain_listing_reads_only_the_listing_index() throws java.sql.SQLException {
        List<Object> params = new java.util.ArrayList<>();
        List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList();
        String sql = Headlines.listing(HeadlineQuery.all().withDetail(HeadlineQuery.Detail.TITLES), ids, params);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kiosque.db"));
                java.sql.ResultSet rs = c.createStatement().executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) plan.append(rs.getString(4)).append('\n');
            assertEquals("SCAN items USING COVERING INDEX items_listing\n", plan.toString());
        }
    }

    @Test
    void items_without_a_date_list_without_one() {
        store.saveFeed(TECH, feed("Tech Feed Title", item("t2", "Sans date", null)), null, null, T0);
        for (HeadlineQuery.Detail detail : HeadlineQuery.Detail.values()) {
            Headline h = store.headlines(HeadlineQuery.all().withDetail(detail)).stream()
                    .filter(x -> x.title().equals("Sans date")).findFirst().orElseThrow();
            assertEquals(null, h.published());
            assertEquals("Tech News", h.feed());
        }
    }

    private HeadlineQuery search(String words) {
        return HeadlineQuery.all().withSearch(words);
    }

    private static HeadlineQuery feeds(String... names) {
        return new HeadlineQuery(List.of(), List.of(names), false, false, null, 0, null);
    }

    private List<String> titles(HeadlineQuery q) {
        return store.headlines(q).stream().map(Headline::title).toList();
    }

    private Headline byTitle(String title) {
        return store.headlines(HeadlineQuery.all()).stream().filter(h -> h.title().equals(title)).findFirst()
                .orElseThrow();
    }
}
