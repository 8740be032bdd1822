package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosque feeds ...} against the newsroom site served in-process. */
class FeedsCliTest {
    @TempDir
    Path home;
    NewsroomServer site;
    Path yaml;

    @BeforeEach
    void start() throws IOException {
        site = new NewsroomServer();
        yaml = home.resolve("feeds.yaml");
        Files.writeString(yaml, """
                # my feeds
                sections:
                  - name: Politique   # the one that matters
                    feeds:
                      - %s/feeds/politique.xml
                settings:
                  jobs: 4
                """.formatted(site.origin()), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void discover_lists_the_feeds_a_page_declares_in_page_order() {
        Run r = Run.of(home, "feeds", "discover", site.origin() + "/index.html");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(5, lines.length, r.out());
        assertTrue(lines[0].startsWith(site.origin() + "/feeds/politique.xml\t"), lines[0]);
        assertTrue(lines[4].startsWith(site.origin() + "/feeds/broken.xml\t"), lines[4]);
    }

    @Test
    void discover_on_a_page_without_feeds_proposes_an_html_entry() throws IOException {
        String page = new String(site.file("sections/societe.html"), StandardCharsets.UTF_8)
                .replaceAll("<link rel=\"alternate\"[^>]*>", "");
        site.put("sections/nofeed.html", page.getBytes(StandardCharsets.UTF_8));
        Run r = Run.of(home, "feeds", "discover", site.origin() + "/sections/nofeed.html");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("type: html") && r.out().contains("select: \""), r.out());
    }

    @Test
    void add_and_remove_keep_the_rest_of_the_file_unchanged() throws IOException {
        String before = Files.readString(yaml);
        Run add = Run.of(home, "feeds", "add", site.origin() + "/feeds/sports.atom", "--section", "Sports");
        assertEquals(0, add.code(), add.err());
        String added = Files.readString(yaml);
        assertTrue(added.startsWith("# my feeds\n") && added.contains("# the one that matters"), added);
        assertTrue(added.contains("- name: Sports") && added.contains("/feeds/sports.atom"), added);
        assertEquals(0, Run.of(home, "refresh").code());
        assertEquals(2, Run.of(home, "sections", "--format", "tsv").out().strip().split("\n").length);

        Run remove = Run.of(home, "feeds", "remove", site.origin() + "/feeds/sports.atom");
        assertEquals(0, remove.code(), remove.err());
        assertEquals(before, Files.readString(yaml));
    }

    @Test
    void add_a_site_page_adds_the_feed_it_declares() throws IOException {
        Run add = Run.of(home, "feeds", "add", site.origin() + "/articles/lutte-combat-royal-reporte.html");
        assertEquals(0, add.code(), add.err());
        assertTrue(Files.readString(yaml).contains("/feeds/sports.atom"), Files.readString(yaml));
    }

    @Test
    void adding_a_duplicate_is_a_located_error_and_changes_nothing() throws IOException {
        String before = Files.readString(yaml);
        Run add = Run.of(home, "feeds", "add", site.origin() + "/feeds/politique.xml", "--no-check");
        assertEquals(2, add.code(), add.err());
        assertTrue(add.err().matches("(?s).*feeds\\.yaml:\\d+:\\d+: .*"), add.err());
        assertEquals(before, Files.readString(yaml));
    }

    @Test
    void export_then_import_round_trips_sections() throws IOException {
        Run export = Run.of(home, "feeds", "export");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("<opml version=\"2.0\">") && export.out().contains("text=\"Politique\""), export.out());
        Path opml = home.resolve("subs.opml");
        Files.writeString(opml, export.out().replace("Politique", "Politics").replace("politique.xml", "sports.atom"));
        Run in = Run.of(home, "feeds", "import", opml.toString());
        assertEquals(0, in.code(), in.err());
        String after = Files.readString(yaml);
        assertTrue(after.contains("- name: Politics") && after.contains("sports.atom"), after);
    }

    @Test
    void check_says_which_feeds_answer() throws IOException {
        Files.writeString(yaml, Files.readString(yaml).replace("settings:",
                "  - name: Gone\n    feeds:\n      - " + site.origin() + "/feeds/nope.xml\nsettings:"));
        Run r = Run.of(home, "feeds", "check");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.out().contains("ok      ") && r.out().contains("(rss2.0, 4 items)"), r.out());
        assertTrue(r.out().contains("failed  ") && r.out().contains("HTTP 404"), r.out());
        assertFalse(Files.exists(home.resolve("data")), "check must not create a store");
    }
}
