package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kiosque read ID}: cheapest source first, every page fetched once, offline says so. */
class ReadCliTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;
    NewsroomServer site;

    @BeforeEach
    void start() throws IOException {
        site = new NewsroomServer();
        site.writeTwoSections(home);
        assertEquals(0, Run.of(home, "refresh").code());
        site.log.clear();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private long idOf(String titleStart) {
        JsonNode items = JSON.readTree(Run.of(home, "headlines", "--format", "json").out());
        for (JsonNode i : items) {
            if (i.get("title").asString().startsWith(titleStart)) return i.get("id").asLong();
        }
        throw new AssertionError("no item " + titleStart);
    }

    @Test
    void an_item_with_full_content_in_the_feed_downloads_nothing() {
        long id = idOf("Municipales partielles");
        Run r = Run.of(home, "read", String.valueOf(id), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(0, site.log.size(), site.log.toString());
        JsonNode a = JSON.readTree(r.out());
        assertTrue(a.get("words").asInt() > 150, r.out());
        assertEquals("Politique", a.get("section").asString());
    }

    @Test
    void an_item_without_content_is_fetched_once_then_read_from_the_cache() {
        long id = idOf("Loi de finances rectificative");
        Run first = Run.of(home, "read", String.valueOf(id));
        assertEquals(0, first.code(), first.err());
        assertEquals(1, site.log.size(), site.log.toString());
        assertTrue(first.out().startsWith("Loi de finances rectificative"), first.out());
        assertFalse(first.out().contains("Publicité") || first.out().contains("Lire aussi"), first.out());
        Run again = Run.of(home, "--offline", "read", String.valueOf(id));
        assertEquals(0, again.code(), again.err());
        assertEquals(first.out(), again.out());
        assertEquals(1, site.log.size(), site.log.toString());
    }

    @Test
    void reading_an_item_marks_it_read() {
        long id = idOf("Municipales partielles");
        assertEquals(0, Run.of(home, "read", String.valueOf(id)).code());
        String unread = Run.of(home, "headlines", "--unread", "--format", "tsv").out();
        assertFalse(unread.lines().anyMatch(l -> l.startsWith(id + "\t")), unread);
    }

    @Test
    void offline_says_plainly_when_an_article_was_never_fetched() {
        long id = idOf("Loi de finances rectificative");
        Run r = Run.of(home, "--offline", "read", String.valueOf(id));
        assertEquals(0, site.log.size(), site.log.toString());
        // The feed has a summary: it is shown with a note rather than nothing.
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("note: Offline, and this article was never fetched"), r.err());
    }

    @Test
    void a_page_that_cannot_be_fetched_falls_back_to_the_summary_with_a_note() throws IOException {
        long id = idOf("Lutte");
        site.close();
        Run r = Run.of(home, "read", String.valueOf(id));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("note: Could not fetch the article"), r.err());
        assertTrue(r.out().contains("Lion de Thiaroye"), r.out());
    }

    @Test
    void an_unknown_id_is_a_one_line_error() {
        Run r = Run.of(home, "read", "999999");
        assertEquals(1, r.code());
        assertEquals("kiosque: no item with id 999999 (ids come from 'kiosque headlines')\n", r.err());
    }

    @Test
    void refresh_with_articles_makes_every_article_readable_offline() {
        assertEquals(0, Run.of(home, "refresh", "--articles").code());
        site.close();
        for (String title : new String[] {"Loi de finances rectificative", "ECOWAS", "Lutte"}) {
            Run r = Run.of(home, "--offline", "read", String.valueOf(idOf(title)));
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err(), title);
        }
    }
}
