package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract of DESIGN.md: exit codes, one-line errors, output shapes. */
class CliContractTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;

    private Path fixture(String path) throws IOException {
        Path target = home.resolve(Path.of(path).getFileName().toString());
        try (InputStream in = CliContractTest.class.getResourceAsStream("/newsroom/" + path)) {
            Files.write(target, in.readAllBytes());
        }
        return target;
    }

    @Test
    void version_and_help_exit_zero() {
        Run v = Run.of(home, "--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("kiosque "), v.out());
        Run h = Run.of(home, "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("headlines") && h.out().contains("refresh"), h.out());
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_exit_2() {
        Run r = Run.of(home, "headlines", "--bogus");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("kiosque: Unknown option: '--bogus'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void a_missing_config_is_a_one_line_error_with_exit_2() {
        Run r = Run.of(home, "headlines");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("feeds.yaml") && r.err().contains("no such file"), r.err());
    }

    @Test
    void a_config_error_is_reported_as_file_line_col_with_exit_2() throws IOException {
        Files.writeString(home.resolve("feeds.yaml"), "sections:\n  - name: A\n    feeds:\n      - urll: https://example.org/rss\n");
        Run r = Run.of(home, "headlines");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().matches("(?s)\\S*feeds\\.yaml:4:9: .*'urll'.*did you mean 'url'.*\\n"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void an_unknown_section_is_a_usage_error() throws IOException {
        Files.writeString(home.resolve("feeds.yaml"), "sections:\n  - name: A\n    feeds:\n      - https://example.org/rss\n");
        Run r = Run.of(home, "headlines", "--section", "Nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no section 'Nope'"), r.err());
    }

    @Test
    void an_empty_store_lists_nothing_and_succeeds() throws IOException {
        Files.writeString(home.resolve("feeds.yaml"), "sections:\n  - name: A\n    feeds:\n      - https://example.org/rss\n");
        Run r = Run.of(home, "headlines", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(0, JSON.readTree(r.out()).size());
    }

    @Test
    void feeds_show_parses_a_file_without_storing_it() throws IOException {
        Path feed = fixture("feeds/politique.xml");
        Run r = Run.of(home, "feeds", "show", feed.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("MonKiosk - Politique", root.get("feed").get("title").asString());
        JsonNode first = root.get("items").get(0);
        for (String key : new String[] {"id", "title", "link", "author", "published", "updated", "summary", "content", "categories"}) {
            assertTrue(first.has(key), key);
        }
        assertTrue(first.get("content").asString().length() > first.get("summary").asString().length() / 2);
        assertTrue(root.get("items").get(1).get("content").isNull());
        assertFalse(Files.exists(home.resolve("data")), "feeds show must not create a store");
    }

    @Test
    void read_a_file_gives_the_article_as_json() throws IOException {
        Path page = fixture("articles/mali-senegal-cooperation-militaire.html");
        Run r = Run.of(home, "read", page.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode a = JSON.readTree(r.out());
        assertEquals("Le Mali et le Sénégal vont renforcer la coopération militaire", a.get("title").asString());
        assertEquals("Seneweb", a.get("byline").asString());
        assertTrue(a.get("published").asString().startsWith("2025-02-07"));
        assertEquals(5, a.get("blocks").size());
        assertTrue(a.get("words").asInt() > 100);
    }

    @Test
    void read_from_stdin_works_without_a_config() throws IOException {
        String html = "<html><head><title>Hello | Site</title></head><body><article><h1>Hello</h1>"
                + "<p>" + "Un paragraphe de texte assez long pour être un article. ".repeat(12) + "</p></article></body></html>";
        Run r = Run.withInput(home, html, "read", "-", "--width", "40");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 40), r.out());
        assertTrue(r.out().contains("Un paragraphe"), r.out());
    }

    @Test
    void output_for_pipes_has_no_ansi() throws IOException {
        Path feed = fixture("feeds/politique.xml");
        Files.writeString(home.resolve("feeds.yaml"), "sections:\n  - name: P\n    feeds:\n      - " + feed + "\n");
        assertEquals(0, Run.of(home, "refresh").code());
        Run plain = Run.of(home, "headlines");
        assertEquals(0, plain.code(), plain.err());
        assertFalse(plain.out().contains("\u001b"), plain.out());
        assertTrue(plain.out().startsWith("P\n"), plain.out());
        String tsv = Run.of(home, "headlines", "--format", "tsv", "--limit", "2").out();
        assertEquals(2, tsv.lines().count());
        String[] cols = tsv.lines().findFirst().orElseThrow().split("\t", -1);
        assertEquals(10, cols.length);
        assertTrue(cols[3].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), cols[3]);
        assertTrue(cols[5].startsWith("http"), cols[5]);
    }

    @Test
    void with_a_store_opened_ahead_a_config_error_is_still_the_one_reported_and_the_store_is_kept()
            throws IOException {
        Path feed = fixture("feeds/politique.xml");
        String good = "sections:\n  - name: P\n    feeds:\n      - " + feed + "\n";
        Files.writeString(home.resolve("feeds.yaml"), good);
        assertEquals(0, Run.of(home, "refresh").code());
        assertEquals(0, Run.of(home, "mark", "read", "--all").code());
        String before = Run.of(home, "headlines", "--format", "tsv").out();
        Files.writeString(home.resolve("feeds.yaml"), good.replace("name:", "nam:"));
        Run bad = Run.of(home, "headlines");
        assertEquals(2, bad.code(), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("feeds.yaml:2:"), bad.err());
        Files.writeString(home.resolve("feeds.yaml"), good);
        assertEquals(before, Run.of(home, "headlines", "--format", "tsv").out());
    }

    @Test
    void a_damaged_store_opened_ahead_is_one_line_after_a_good_config() throws IOException {
        Path feed = fixture("feeds/politique.xml");
        Files.writeString(home.resolve("feeds.yaml"), "sections:\n  - name: P\n    feeds:\n      - " + feed + "\n");
        assertEquals(0, Run.of(home, "refresh").code());
        Path db;
        try (var files = Files.walk(home)) {
            db = files.filter(p -> p.getFileName().toString().equals("kiosque.db")).findFirst().orElseThrow();
        }
        for (String side : new String[] {"-wal", "-shm"}) Files.deleteIfExists(Path.of(db + side));
        Files.writeString(db, "not a database ".repeat(400));
        Run r = Run.of(home, "headlines");
        assertTrue(r.code() != 0, r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("kiosque.db"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void mark_needs_a_target() throws IOException {
        Files.writeString(home.resolve("feeds.yaml"), "sections:\n  - name: A\n    feeds:\n      - https://example.org/rss\n");
        Run r = Run.of(home, "mark", "read");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("say which items"), r.err());
        Run bad = Run.of(home, "mark", "eaten", "--all");
        assertEquals(2, bad.code());
    }

    @Test
    void sections_lists_counts_as_json() throws IOException {
        Path feed = fixture("feeds/politique.xml");
        Files.writeString(home.resolve("feeds.yaml"), "sections:\n  - name: P\n    feeds:\n      - " + feed + "\n");
        assertEquals(0, Run.of(home, "refresh").code());
        JsonNode s = JSON.readTree(Run.of(home, "sections", "--format", "json").out());
        assertEquals("P", s.get(0).get("name").asString());
        assertEquals(4, s.get(0).get("items").asInt());
        assertEquals(4, s.get(0).get("unread").asInt());
    }
}
