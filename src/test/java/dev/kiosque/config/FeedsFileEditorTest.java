package dev.kiosque.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.Section;
import dev.kiosque.model.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every edit is checked against a whole expected file: nothing else may move. */
class FeedsFileEditorTest {

    @TempDir
    Path dir;

    private Path copy(String fixture) throws IOException {
        Path file = dir.resolve("feeds.yaml");
        Files.copy(Fixtures.path("edit/" + fixture), file);
        return file;
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(Fixtures.path("edit/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void adding_to_a_section_of_short_entries_writes_a_short_entry() throws Exception {
        Path file = copy("commented.yaml");
        FeedsFileEditor.addFeed(file, "https://example.org/tennis/rss", null, "sports");
        assertEquals(fixture("commented.add-to-short.yaml"), Files.readString(file));
    }

    @Test
    void adding_after_a_long_entry_writes_a_long_entry_after_its_comments() throws Exception {
        Path file = copy("commented.yaml");
        FeedsFileEditor.addFeed(file, "https://example.org/elections/rss", null, "Politique");
        assertEquals(fixture("commented.add-to-long.yaml"), Files.readString(file));
    }

    @Test
    void adding_to_a_new_section_appends_it_before_the_settings_and_quotes_what_needs_it() throws Exception {
        Path file = copy("commented.yaml");
        FeedsFileEditor.addFeed(file, "https://example.org/eco/rss", "Éco #1", "Économie: marchés");
        assertEquals(fixture("commented.add-new-section.yaml"), Files.readString(file));
        Config config = ConfigLoader.load(file);
        assertEquals(FeedRef.feed("https://example.org/eco/rss", "Éco #1", "Économie: marchés"),
                config.feeds().get(config.feeds().size() - 1));
    }

    @Test
    void a_new_section_copies_a_compact_layout() throws Exception {
        Path file = copy("compact.yaml");
        FeedsFileEditor.addFeed(file, "https://example.org/science/rss", null, "Science");
        assertEquals(fixture("compact.add-new-section.yaml"), Files.readString(file));
    }

    @Test
    void removing_a_long_entry_by_name_takes_its_sub_keys_and_comments() throws Exception {
        Path file = copy("commented.yaml");
        assertTrue(FeedsFileEditor.removeFeed(file, "example news"));
        assertEquals(fixture("commented.remove-long.yaml"), Files.readString(file));
    }

    @Test
    void removing_a_short_entry_by_url_takes_its_trailing_comment() throws Exception {
        Path file = copy("commented.yaml");
        assertTrue(FeedsFileEditor.removeFeed(file, "https://example.org/foot/rss"));
        assertEquals(fixture("commented.remove-short.yaml"), Files.readString(file));
    }

    @Test
    void removing_the_last_feed_of_a_section_removes_the_section() throws Exception {
        Path file = copy("compact.yaml");
        assertTrue(FeedsFileEditor.removeFeed(file, "https://example.org/world/rss"));
        assertEquals(fixture("compact.remove-section.yaml"), Files.readString(file));
    }

    @Test
    void removing_an_unknown_feed_changes_nothing() throws Exception {
        Path file = copy("commented.yaml");
        assertFalse(FeedsFileEditor.removeFeed(file, "Nope"));
        assertEquals(fixture("commented.yaml"), Files.readString(file));
    }

    @Test
    void removing_the_only_feed_is_refused() throws Exception {
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, "sections:\n  - name: A\n    feeds:\n      - https://a.example/rss\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> FeedsFileEditor.removeFeed(file, "https://a.example/rss"));
        assertEquals(file + ":4:9: 'https://a.example/rss' is the only feed; feeds.yaml needs at least one,"
                + " add another first", e.getMessage());
    }

    @Test
    void adding_a_configured_feed_points_at_the_existing_entry() throws Exception {
        Path file = copy("commented.yaml");
        ConfigException e = assertThrows(ConfigException.class,
                () -> FeedsFileEditor.addFeed(file, "https://example.org/news/rss", null, "Sports"));
        assertEquals(file + ":8:9: 'https://example.org/news/rss' is already configured, in section 'Politique'",
                e.getMessage());
        assertEquals(fixture("commented.yaml"), Files.readString(file));
    }

    @Test
    void adding_a_malformed_url_is_refused_before_editing() throws Exception {
        Path file = copy("commented.yaml");
        ConfigException e = assertThrows(ConfigException.class,
                () -> FeedsFileEditor.addFeed(file, "not a url", null, "Sports"));
        assertEquals(file + ": cannot add: malformed URL 'not a url' (expected http://, https://, file: or a path"
                + " starting with /, ./ or ../)", e.getMessage());
    }

    @Test
    void one_line_lists_are_refused_with_a_location() throws Exception {
        Path file = copy("flow.yaml");
        ConfigException e = assertThrows(ConfigException.class,
                () -> FeedsFileEditor.addFeed(file, "https://example.org/c/rss", null, "World"));
        assertEquals(file + ":3:12: cannot add to the one-line list of section 'World'; write one '- URL' line per feed",
                e.getMessage());
        e = assertThrows(ConfigException.class, () -> FeedsFileEditor.removeFeed(file, "https://example.org/b/rss"));
        assertEquals(3, e.line());
    }

    @Test
    void a_missing_file_is_created() throws Exception {
        Path file = dir.resolve("sub/feeds.yaml");
        FeedsFileEditor.addFeed(file, "https://example.org/rss", null, null);
        assertEquals("sections:\n  - name: Unsorted\n    feeds:\n      - https://example.org/rss\n",
                Files.readString(file));
    }

    @Test
    void no_section_means_the_first_one() throws Exception {
        Path file = copy("compact.yaml");
        FeedsFileEditor.addFeed(file, "https://example.org/b/rss", null, null);
        assertEquals("World", ConfigLoader.load(file).feeds().get(1).section());
    }

    @Test
    void crlf_files_stay_crlf_and_a_missing_final_newline_is_added_before_the_new_line() throws Exception {
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, "sections:\r\n  - name: A\r\n    feeds:\r\n      - https://a.example/rss");
        FeedsFileEditor.addFeed(file, "https://b.example/rss", null, "A");
        assertEquals("sections:\r\n  - name: A\r\n    feeds:\r\n      - https://a.example/rss\r\n"
                + "      - https://b.example/rss\r\n", Files.readString(file));
    }

    @Test
    void import_adds_only_new_feeds_and_keeps_html_rules() throws Exception {
        Path file = copy("compact.yaml");
        HtmlRule rule = new HtmlRule("article a", null, "time", null);
        int added = FeedsFileEditor.addSections(file, List.of(
                new Section("tech", List.of(FeedRef.feed("https://example.org/tech/rss", "Dup", "tech"),
                        FeedRef.feed("https://example.org/ai/rss", null, "tech"))),
                new Section("Pages", List.of(new FeedRef("https://example.org/page/", "A page", "Pages",
                        SourceKind.HTML, rule), FeedRef.feed("https://example.org/ai/rss", null, "Pages")))));
        assertEquals(2, added);
        assertEquals(fixture("compact.yaml") + "  - url: https://example.org/ai/rss\n"
                + "- name: Pages\n  feeds:\n  - url: https://example.org/page/\n    name: A page\n    type: html\n"
                + "    select: article a\n    date: time\n", Files.readString(file));
    }

    @Test
    void importing_nothing_new_leaves_the_file_untouched() throws Exception {
        Path file = copy("compact.yaml");
        int added = FeedsFileEditor.addSections(file, List.of(new Section("World",
                List.of(FeedRef.feed("https://example.org/world/rss", null, "World")))));
        assertEquals(0, added);
        assertEquals(fixture("compact.yaml"), Files.readString(file));
    }

    @Test
    void an_invalid_file_is_not_edited() throws Exception {
        Path file = dir.resolve("feeds.yaml");
        Files.copy(Fixtures.path("unknown-key.yaml"), file);
        ConfigException e = assertThrows(ConfigException.class,
                () -> FeedsFileEditor.addFeed(file, "https://b.example/rss", null, "Monde"));
        assertEquals("unknown key 'urll' (did you mean 'url'?)", e.detail());
    }

    @Test
    void a_local_feed_is_removed_by_the_path_as_written() throws Exception {
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, "sections:\n  - name: A\n    feeds:\n      - https://a.example/rss\n"
                + "      - ./local/feed.xml   # a test file\n");
        assertTrue(FeedsFileEditor.removeFeed(file, "./local/feed.xml"));
        assertEquals("sections:\n  - name: A\n    feeds:\n      - https://a.example/rss\n", Files.readString(file));
    }

    @Test
    void an_ambiguous_name_asks_for_the_url() throws Exception {
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, "sections:\n  - name: A\n    feeds:\n      - url: https://a.example/rss\n"
                + "        name: Le Monde\n      - url: https://b.example/rss\n        name: le monde\n");
        ConfigException e = assertThrows(ConfigException.class, () -> FeedsFileEditor.removeFeed(file, "Le Monde"));
        assertEquals(file + ":6:9: 'Le Monde' names 2 feeds (lines 4 and 6); remove it by URL", e.getMessage());
    }

    @Test
    void an_exported_config_imports_into_an_empty_file_unchanged() throws Exception {
        Config config = ConfigLoader.load(Fixtures.path("edit/commented.yaml"));
        List<Section> sections = Opml.parse(Opml.export(config).getBytes(StandardCharsets.UTF_8), "Imported");
        Path file = dir.resolve("new/feeds.yaml");
        assertEquals(4, FeedsFileEditor.addSections(file, sections));
        Config back = ConfigLoader.load(file);
        assertEquals(config.sections(), back.sections());
        assertEquals("""
                sections:
                  - name: Politique
                    feeds:
                      - https://example.org/politique/rss
                      - url: https://example.org/news/rss
                        name: Example News
                  - name: Sports
                    feeds:
                      - https://example.org/sports/rss
                """.replace("      - https://example.org/sports/rss\n",
                "      - https://example.org/sports/rss\n      - https://example.org/foot/rss\n"),
                Files.readString(file));
    }
}
