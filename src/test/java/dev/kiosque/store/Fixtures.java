package dev.kiosque.store;

import dev.kiosque.model.FeedMeta;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.model.Section;
import java.time.Instant;
import java.util.List;

/** Small builders shared by the store tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-02-10T12:00:00Z");
    static final String POLITIQUE = "https://example.org/politique.xml";
    static final String SPORTS = "https://example.org/sports.xml";
    static final String TECH = "https://tech.example.com/feed";

    private Fixtures() {}

    static Item item(String id, String title, Instant published) {
        return new Item(id, title, "https://example.org/a/" + id, List.of("Auteur " + id), published, null,
                "Résumé de " + title, null, List.of("Cat"), null);
    }

    static ParsedFeed feed(String title, Item... items) {
        return new ParsedFeed("rss2.0", new FeedMeta(title, null, null, "fr"), List.of(items), true);
    }

    /** Politique (one named feed), Sports (a feed named by its own title), Tech (a second section). */
    static List<Section> config() {
        return List.of(
                new Section("Politique", List.of(FeedRef.feed(POLITIQUE, "MonKiosk Politique", "Politique"))),
                new Section("Sports", List.of(FeedRef.feed(SPORTS, null, "Sports"))),
                new Section("Économie & Tech", List.of(FeedRef.feed(TECH, "Tech News", "Économie & Tech"))));
    }

    static Instant hours(int h) {
        return T0.plusSeconds(3600L * h);
    }
}
