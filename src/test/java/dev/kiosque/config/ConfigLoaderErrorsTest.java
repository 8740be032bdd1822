package dev.kiosque.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of feeds.yaml error: each asserts the message, the line and the column. */
class ConfigLoaderErrorsTest {

    private static ConfigException error(String fixture) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(Fixtures.path(fixture)));
    }

    private static void assertError(String fixture, int line, int column, String detail) {
        ConfigException e = error(fixture);
        assertEquals(detail, e.detail());
        assertEquals(line, e.line(), "line");
        assertEquals(column, e.column(), "column");
        String where = line > 0 ? ":" + line + ":" + column : "";
        assertEquals(Fixtures.path(fixture) + where + ": " + detail, e.getMessage());
    }

    @Test
    void a_tab_in_the_indentation_points_at_the_tab() {
        assertError("syntax-tab.yaml", 4, 1, "tab character: indent with spaces, not tabs");
    }

    @Test
    void a_line_out_of_indentation_points_at_that_line() {
        assertError("syntax-indent.yaml", 3, 4,
                "bad indentation: this line does not line up with the lines above it");
    }

    @Test
    void an_unclosed_quote_points_at_the_opening_quote() {
        assertError("syntax-unclosed-quote.yaml", 2, 11, "this quoted value is never closed");
    }

    @Test
    void a_duplicate_key_points_at_the_second_and_names_the_first() {
        assertError("duplicate-key.yaml", 6, 9, "duplicate key 'name' (first at line 5)");
    }

    @Test
    void an_unknown_key_suggests_the_closest_one() {
        assertError("unknown-key.yaml", 4, 9, "unknown key 'urll' (did you mean 'url'?)");
    }

    @Test
    void an_unknown_setting_suggests_the_closest_one() {
        assertError("unknown-setting.yaml", 7, 3, "unknown key 'refresh-on-strat' (did you mean 'refresh-on-start'?)");
    }

    @Test
    void a_wrong_type_names_the_key_and_the_value() {
        assertError("wrong-type.yaml", 6, 9, "'jobs' must be a whole number, got 'eight'");
    }

    @Test
    void a_bad_duration_names_the_key_and_the_value() {
        assertError("bad-duration.yaml", 6, 12, "'timeout' must be a duration such as 20s, 5m or 60d, got 'soon'");
    }

    @Test
    void a_bad_size_names_the_key_and_the_value() {
        assertError("bad-size.yaml", 6, 18, "'article-bytes' must be a size such as 512KB or 2MB, got 'lots'");
    }

    @Test
    void a_number_out_of_range_says_the_range() {
        assertError("out-of-range.yaml", 6, 13, "'per-host' must be between 1 and 16, got 0");
    }

    @Test
    void prefetch_of_an_unknown_section_suggests_the_closest_one() {
        assertError("prefetch-unknown-section.yaml", 9, 21, "'prefetch' names no section 'Sprots' (did you mean 'Sports'?)");
    }

    @Test
    void a_feed_without_url_points_at_the_feed() {
        assertError("missing-url.yaml", 5, 9, "feed has no 'url'");
    }

    @Test
    void a_malformed_url_points_at_the_value() {
        assertError("malformed-url.yaml", 4, 14,
                "malformed URL 'htp//example.org/rss' (expected http://, https://, file: or a path starting with /, ./ or ../)");
    }

    @Test
    void an_unsupported_scheme_is_named() {
        assertError("scheme-url.yaml", 4, 9,
                "unsupported URL scheme 'ftp:' in 'ftp://example.org/rss' (use http, https, file: or a path)");
    }

    @Test
    void a_url_without_scheme_suggests_https() {
        assertError("schemeless-url.yaml", 4, 9,
                "malformed URL 'example.org/rss' (did you mean 'https://example.org/rss'?)");
    }

    @Test
    void a_duplicate_feed_points_at_the_second_and_names_the_first() {
        assertError("duplicate-feed.yaml", 8, 14,
                "duplicate feed 'https://example.org/rss' (already at line 4, in section 'Monde')");
    }

    @Test
    void an_empty_section_points_at_its_feeds_key() {
        assertError("empty-section.yaml", 6, 5, "section 'Sports' has no feeds");
    }

    @Test
    void a_section_without_name_points_at_the_section() {
        assertError("section-without-name.yaml", 5, 5, "section has no 'name'");
    }

    @Test
    void a_duplicate_section_name_ignores_case_and_names_the_first() {
        assertError("duplicate-section.yaml", 5, 11, "duplicate section 'monde' (first at line 2)");
    }

    @Test
    void an_empty_file_says_there_are_no_sections() {
        assertError("empty.yaml", 1, 1, "no sections: the file is empty");
    }

    @Test
    void a_file_without_sections_says_so() {
        assertError("no-sections.yaml", 1, 1, "no sections: add a 'sections:' list");
    }

    @Test
    void a_non_utf8_file_points_at_the_first_bad_byte() {
        assertError("latin1.yaml", 2, 15, "not UTF-8 text (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void a_binary_file_is_refused() {
        assertError("binary.yaml", 2, 12, "binary file (NUL byte), not YAML text");
    }

    @Test
    void a_control_character_is_located() {
        assertError("control-char.yaml", 2, 16, "control character U+0007 is not allowed; remove it");
    }

    @Test
    void an_html_source_without_select_points_at_its_type() {
        assertError("html-without-select.yaml", 5, 15,
                "'type: html' needs 'select' (a CSS selector matching each article)");
    }

    @Test
    void html_keys_on_a_plain_feed_point_at_the_key() {
        assertError("select-without-html.yaml", 5, 9, "'select' only applies with 'type: html'");
    }

    @Test
    void an_unknown_source_type_is_named() {
        assertError("bad-type.yaml", 5, 15, "'type' must be feed or html, got 'atom'");
    }

    @Test
    void aliases_are_refused() {
        assertError("alias.yaml", 5, 11, "aliases (*m) are not supported in feeds.yaml; write the value out");
    }

    @Test
    void a_second_document_is_refused() {
        assertError("two-documents.yaml", 6, 1, "only one YAML document is allowed (remove the '---' line)");
    }

    @Test
    void a_key_binding_must_be_keys() {
        assertError("bad-keys.yaml", 7, 9, "'quit' must be a key or a list of keys, got a mapping");
    }

    @Test
    void feeds_must_be_a_list() {
        assertError("feeds-not-a-list.yaml", 3, 12, "'feeds' must be a list of feeds, got 'https://example.org/rss'");
    }

    @Test
    void a_huge_file_is_refused_before_parsing(@TempDir Path dir) throws IOException {
        // why generated: a fixture over the 1 MB cap would bloat the repository
        Path huge = dir.resolve("huge.yaml");
        Files.writeString(huge, "# " + "x".repeat(ConfigLoader.MAX_BYTES) + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(huge));
        assertEquals(huge + ":1:1: the file is too large (1,048,579 bytes; the limit is 1,048,576)", e.getMessage());
    }

    @Test
    void a_missing_file_says_how_to_fix_it(@TempDir Path dir) {
        Path missing = dir.resolve("feeds.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(missing));
        assertEquals(missing + ": no such file (create it, or pass --config FILE)", e.getMessage());
    }
}
