package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 5: prefetched articles read offline, pages never fetched twice, discover on a page without feeds. */
class OfflineCliTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;
    NewsroomServer site;

    @BeforeEach
    void start() throws IOException {
        site = new NewsroomServer();
        site.writeTwoSections(home);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private List<String> articleRequests() {
        return site.log.stream().filter(l -> l.startsWith("articles/")).toList();
    }

    @Test
    void prefetched_articles_open_offline_after_the_site_is_gone() {
        Run refresh = Run.of(home, "refresh", "--articles");
        assertEquals(0, refresh.code(), refresh.err());
        assertTrue(refresh.err().contains("articles kept for offline reading"), refresh.err());
        List<String> fetched = articleRequests();
        assertFalse(fetched.isEmpty(), site.log.toString());
        assertTrue(fetched.stream().allMatch(l -> l.endsWith(" 200") || l.endsWith(" 404")), fetched.toString());
        JsonNode items = JSON.readTree(Run.of(home, "headlines", "--format", "json").out());
        site.close();  // the network is gone
        int read = 0;
        for (JsonNode item : items) {
            String link = item.get("link").asString();
            String page = link.substring(link.indexOf("/articles/") + 1);
            if (!fetched.contains(page + " 200")) continue;
            Run r = Run.of(home, "--offline", "read", item.get("id").asString(), "--format", "json");
            assertEquals(0, r.code(), r.err());
            assertTrue(JSON.readTree(r.out()).get("words").asInt() > 40, r.out());
            read++;
        }
        assertTrue(read > 0, "no prefetched article among " + items);
    }

    @Test
    void an_article_page_is_never_fetched_twice() {
        assertEquals(0, Run.of(home, "refresh", "--articles").code());
        int first = articleRequests().size();
        Run again = Run.of(home, "refresh", "--articles", "--force");
        assertEquals(0, again.code(), again.err());
        assertEquals(first, articleRequests().size(), site.log.toString());
        JsonNode items = JSON.readTree(Run.of(home, "headlines", "--format", "json").out());
        for (JsonNode item : items) assertEquals(0, Run.of(home, "read", item.get("id").asString()).code());
        assertEquals(first, articleRequests().stream().filter(l -> l.endsWith(" 200")).count()
                + articleRequests().stream().filter(l -> l.endsWith(" 404")).count(), site.log.toString());
    }

    @Test
    void stats_show_what_the_article_pages_cost() {
        assertEquals(0, Run.of(home, "refresh", "--articles").code());
        Run stats = Run.of(home, "stats", "--days", "1", "--format", "json");
        JsonNode articles = JSON.readTree(stats.out()).get("periods").get(0).get("articles");
        assertEquals(articleRequests().size(), articles.get("requests").asInt(), stats.out());
        assertTrue(articles.get("receivedBytes").asLong() > 1000, stats.out());
    }

    @Test
    void discover_on_a_page_without_feeds_proposes_a_ready_html_entry() throws IOException {
        Run r = Run.of(home, "feeds", "discover", site.origin() + "/sections/societe-sans-flux.html");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("type: html") && r.out().contains("select:"), r.out());
        // The proposal, pasted into feeds.yaml, refreshes into items.
        Path yaml = home.resolve("feeds.yaml");
        Files.writeString(yaml, "sections:\n  - name: Société\n    feeds:\n" + r.out());
        Run refresh = Run.of(home, "refresh");
        assertEquals(0, refresh.code(), refresh.err() + "\n" + Files.readString(yaml));
        assertTrue(Run.of(home, "headlines", "--format", "tsv").out().lines().count() >= 3);
    }

    @Test
    void reading_a_url_again_costs_a_304_and_works_offline_later() {
        String url = site.origin() + "/articles/kayes-penurie-eau-potable.html";
        Run first = Run.of(home, "read", url, "--format", "json");
        assertEquals(0, first.code(), first.err());
        Run second = Run.of(home, "read", url, "--format", "json");
        assertEquals(0, second.code(), second.err());
        assertEquals(first.out(), second.out());
        assertEquals(List.of("articles/kayes-penurie-eau-potable.html 200", "articles/kayes-penurie-eau-potable.html 304"),
                articleRequests());
        site.close();
        Run offline = Run.of(home, "--offline", "read", url, "--format", "json");
        assertEquals(0, offline.code(), offline.err());
        assertEquals(first.out(), offline.out());
        Run stats = Run.of(home, "stats", "--days", "1", "--format", "json");
        JsonNode articles = JSON.readTree(stats.out()).get("periods").get(0).get("articles");
        assertEquals(1, articles.get("notModified").asInt(), stats.out());
        assertTrue(articles.get("savedByNotModified").asLong() > 1000, stats.out());
    }

    @Test
    void prefetch_stays_within_the_budget_and_says_what_it_left_out() {
        assertEquals(0, Run.of(home, "refresh").code());
        site.log.clear();
        Run r = Run.of(home, "refresh", "--articles", "--force", "--jobs", "1", "--budget", "40KB");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*budget 40\\.0 KB: 0 feeds and [1-9]\\d* articles left out.*"), r.err());
        JsonNode today = JSON.readTree(Run.of(home, "stats", "--days", "1", "--format", "json").out()).get("periods").get(0);
        long spentBefore = today.get("receivedBytes").asLong() - today.get("articles").get("receivedBytes").asLong();
        assertTrue(today.get("articles").get("receivedBytes").asLong() <= 40 * 1024, today.toString());
        assertTrue(spentBefore > 0);
    }
}
