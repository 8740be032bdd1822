package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The newsroom site end to end: refresh, then headlines must hold exactly its expected items. */
class NewsroomCliTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Fixture path → section it is configured in. */
    private static final Map<String, String> SECTIONS = Map.of(
            "feeds/politique.xml", "Politique",
            "feeds/sports.atom", "Sports",
            "feeds/business.json", "Économie",
            "feeds/societe-rdf.xml", "Société",
            "feeds/broken.xml", "À la une");

    @TempDir
    Path home;
    NewsroomServer site;

    @BeforeEach
    void start() throws IOException {
        site = new NewsroomServer();
        String o = site.origin();
        Files.writeString(home.resolve("feeds.yaml"), """
                sections:
                  - name: Politique
                    feeds:
                      - %1$s/feeds/politique.xml
                  - name: Sports
                    feeds:
                      - %1$s/feeds/sports.atom
                  - name: Économie
                    feeds:
                      - %1$s/feeds/business.json
                  - name: Société
                    feeds:
                      - %1$s/feeds/societe-rdf.xml
                      - url: %1$s/sections/societe.html
                        name: Société (page)
                        type: html
                        select: "div.rubrique-list article.teaser"
                        title: "h2.teaser-title"
                        date: "p.teaser-date"
                  - name: À la une
                    feeds:
                      - %1$s/feeds/broken.xml
                """.formatted(o), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void refresh_then_headlines_gives_exactly_the_expected_items() throws IOException {
        Run refresh = Run.of(home, "refresh");
        assertEquals(0, refresh.code(), refresh.err());
        Run headlines = Run.of(home, "headlines", "--format", "json");
        assertEquals(0, headlines.code(), headlines.err());
        JsonNode items = JSON.readTree(headlines.out());
        JsonNode expected = JSON.readTree(site.expected("feeds.json"));

        for (Map.Entry<String, String> e : SECTIONS.entrySet()) {
            List<JsonNode> got = new ArrayList<>();
            for (JsonNode item : items) {
                if (item.get("section").asString().equals(e.getValue()) && !item.get("feed").asString().endsWith("(page)")) got.add(item);
            }
            JsonNode want = expected.get(e.getKey()).get("items");
            assertEquals(want.size(), got.size(), e.getKey() + ": " + got);
            for (JsonNode w : want) {
                JsonNode g = got.stream().filter(x -> x.get("link").asString().equals(w.get("link").asString())
                        && x.get("title").asString().equals(w.get("title").asString())).findFirst()
                        .orElseThrow(() -> new AssertionError(e.getKey() + ": missing " + w));
                assertEquals(w.get("published").asString(), g.get("published").asString(), w.toString());
                assertEquals(w.get("author").asString(), g.get("author").asString(), w.toString());
                assertEquals(w.get("categories"), g.get("categories"), w.toString());
                assertEquals(e.getValue(), g.get("section").asString());
                assertFalse(g.get("read").asBoolean());
            }
        }
        JsonNode page = expected.get("sections/societe.html").get("items");
        List<JsonNode> fromPage = new ArrayList<>();
        items.forEach(i -> { if (i.get("feed").asString().equals("Société (page)")) fromPage.add(i); });
        assertEquals(page.size(), fromPage.size(), fromPage.toString());
        for (JsonNode w : page) {
            assertTrue(fromPage.stream().anyMatch(g -> g.get("link").asString().equals(w.get("link").asString())
                    && g.get("title").asString().equals(w.get("title").asString())
                    && g.get("published").asString().startsWith(w.get("published").asString())
                    && g.get("categories").equals(w.get("categories"))), "missing " + w);
        }
    }

    @Test
    void a_second_refresh_is_all_not_modified_and_adds_nothing() {
        assertEquals(0, Run.of(home, "refresh").code());
        int before = Run.of(home, "headlines", "--format", "jsonl").out().split("\n").length;
        site.log.clear();
        Run again = Run.of(home, "refresh", "--force");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("0 new items"), again.err());
        assertTrue(site.log.stream().allMatch(l -> l.endsWith(" 304")), site.log.toString());
        assertEquals(6, site.log.size(), site.log.toString());
        assertEquals(before, Run.of(home, "headlines", "--format", "jsonl").out().split("\n").length);
    }

    /** Issue 5: politique.xml says sy:updatePeriod hourly and the RDF feed daily; they are not asked again. */
    @Test
    void a_second_refresh_does_not_request_feeds_whose_update_period_has_not_passed() {
        assertEquals(0, Run.of(home, "refresh").code());
        site.log.clear();
        Run again = Run.of(home, "refresh");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("4 not modified, 2 not due, 0 skipped, 0 failed; 0 new items"), again.err());
        assertTrue(again.err().contains("not due") && again.err().contains("due in 5") && again.err().contains("due in 23h"), again.err());
        assertTrue(site.log.stream().allMatch(l -> l.endsWith(" 304")), site.log.toString());
        assertFalse(site.log.stream().anyMatch(l -> l.startsWith("feeds/politique.xml") || l.startsWith("feeds/societe-rdf.xml")),
                site.log.toString());
        assertEquals(4, site.log.size(), site.log.toString());
    }

    @Test
    void read_state_survives_a_refresh_that_changes_nothing() throws IOException {
        assertEquals(0, Run.of(home, "refresh").code());
        JsonNode first = JSON.readTree(Run.of(home, "headlines", "--format", "json", "--limit", "1").out()).get(0);
        long id = first.get("id").asLong();
        assertEquals(0, Run.of(home, "mark", "read", String.valueOf(id)).code());
        assertEquals(0, Run.of(home, "mark", "star", String.valueOf(id)).code());
        assertEquals(0, Run.of(home, "refresh").code());
        JsonNode after = JSON.readTree(Run.of(home, "headlines", "--format", "json", "--limit", "1").out()).get(0);
        assertEquals(id, after.get("id").asLong());
        assertTrue(after.get("read").asBoolean());
        assertTrue(after.get("starred").asBoolean());
        String unread = Run.of(home, "headlines", "--unread", "--format", "tsv").out();
        assertFalse(unread.startsWith(id + "\t") || unread.contains("\n" + id + "\t"), unread);
    }

    @Test
    void search_ignores_case_and_accents() {
        assertEquals(0, Run.of(home, "refresh").code());
        Run r = Run.of(home, "headlines", "--search", "medine", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Médine"), r.out());
        assertEquals(1, r.out().strip().split("\n").length, r.out());
    }

    @Test
    void latin1_rdf_feed_keeps_its_accents() {
        assertEquals(0, Run.of(home, "refresh").code());
        String out = Run.of(home, "headlines", "--section", "Société", "--format", "tsv").out();
        assertTrue(out.contains("é") && !out.contains("\uFFFD") && !out.contains("Ã"), out);
    }

    @Test
    void a_dead_feed_is_a_per_feed_error_and_exit_3() throws IOException {
        Path yaml = home.resolve("feeds.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "  - name: Mort\n    feeds:\n      - " + site.origin() + "/feeds/gone.xml\n");
        Run r = Run.of(home, "refresh");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("failed: ") && r.err().contains("gone.xml: HTTP 404"), r.err());
        assertTrue(Run.of(home, "headlines", "--format", "tsv").out().lines().count() > 10);
    }
}
