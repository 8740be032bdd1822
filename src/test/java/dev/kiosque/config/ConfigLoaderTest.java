package dev.kiosque.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private static final String MINIMAL = "sections:\n  - name: Monde\n    feeds:\n      - https://example.org/rss\n";

    @Test
    void a_complete_file_maps_every_key() throws ConfigException {
        Path file = Fixtures.path("valid.yaml");
        Config config = ConfigLoader.load(file);

        assertEquals(file, config.file());
        assertEquals(List.of("Politique", "Société"), config.sections().stream().map(s -> s.name()).toList());
        String local = file.getParent().resolve("local/feed.xml").toUri().toString();
        assertEquals(List.of(
                FeedRef.feed("https://example.org/politique/rss", null, "Politique"),
                FeedRef.feed("https://example.org/news/rss", "Example News", "Politique"),
                new FeedRef("https://example.org/societe/", null, "Société", SourceKind.HTML,
                        new HtmlRule("div.list article.teaser", "h2", "p.date", "p.teaser")),
                FeedRef.feed(local, null, "Société"),
                FeedRef.feed("file:///srv/feeds/atom.xml", null, "Société")), config.feeds());
        assertEquals(new Settings(4, 1, Duration.ofSeconds(30), 512 * 1024, true, List.of("Société"),
                Duration.ofDays(14), false, "lynx"), config.settings());
        assertEquals(List.of(new KeyBinding("down", List.of("j", "Down"), 28, 3),
                new KeyBinding("quit", List.of("q"), 29, 3)), config.keys());
    }

    @Test
    void missing_settings_are_the_defaults() throws ConfigException {
        Config config = ConfigLoader.parse(MINIMAL, null);
        assertEquals(Settings.DEFAULTS, config.settings());
        assertEquals(List.of(), config.keys());
        assertNull(config.file());
    }

    @Test
    void relative_paths_resolve_against_the_config_directory() throws ConfigException {
        String yaml = MINIMAL + "      - ../shared/feed.xml\n      - /srv/a b.xml\n";
        Config config = ConfigLoader.parse(yaml, Path.of("/home/ada/.config/kiosque/feeds.yaml"));
        assertEquals("file:///home/ada/.config/shared/feed.xml", config.feeds().get(1).url());
        assertEquals("file:///srv/a%20b.xml", config.feeds().get(2).url());
    }

    @Test
    void a_path_and_its_file_url_are_the_same_feed() {
        String yaml = MINIMAL + "      - /srv/feed.xml\n      - file:///srv/feed.xml\n";
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, null));
        assertEquals("duplicate feed 'file:///srv/feed.xml' (already at line 5, in section 'Monde')", e.detail());
    }

    @Test
    void prefetch_true_applies_to_every_section() throws ConfigException {
        Config config = ConfigLoader.parse(MINIMAL + "settings:\n  prefetch: true\n  refresh-on-start: on\n", null);
        assertEquals(true, config.settings().prefetch());
        assertEquals(List.of(), config.settings().prefetchSections());
        assertEquals(Boolean.TRUE, config.settings().refreshOnStart());
    }

    @Test
    void a_byte_order_mark_and_crlf_line_ends_are_accepted() throws ConfigException {
        Config config = ConfigLoader.parse("\uFEFF" + MINIMAL.replace("\n", "\r\n"), null);
        assertEquals("https://example.org/rss", config.feeds().get(0).url());
    }

    @Test
    void a_bare_number_timeout_is_seconds() throws ConfigException {
        Config config = ConfigLoader.parse(MINIMAL + "settings:\n  timeout: 45\n  article-bytes: 100000\n", null);
        assertEquals(Duration.ofSeconds(45), config.settings().timeout());
        assertEquals(100_000, config.settings().articleBytes());
    }

    @Test
    void key_bindings_are_kept_without_checking_action_names() throws ConfigException {
        Config config = ConfigLoader.parse(MINIMAL + "keys:\n  no-such-action: [x, 1]\n", null);
        assertEquals(List.of(new KeyBinding("no-such-action", List.of("x", "1"), 6, 3)), config.keys());
    }

    @Test
    void messages_without_a_file_name_the_default_file() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(MINIMAL + "settings:\n  jobs: 0\n", null));
        assertEquals("feeds.yaml:6:9: 'jobs' must be between 1 and 64, got 0", e.getMessage());
    }

    @Test
    void a_space_in_a_url_is_pointed_out() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(MINIMAL + "      - https://example.org/a b\n", null));
        assertEquals("feeds.yaml:5:9: malformed URL 'https://example.org/a b' (a space at character 22;"
                + " write spaces as %20)", e.getMessage());
    }

    @Test
    void a_misspelt_scheme_is_suggested() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(MINIMAL + "      - htps://example.org/b\n", null));
        assertEquals("unsupported URL scheme 'htps:' in 'htps://example.org/b' (did you mean 'https:'?)", e.detail());
    }

    @Test
    void a_daily_budget_and_a_refresh_deadline_are_read_as_size_and_duration() throws ConfigException {
        Config config = ConfigLoader.parse(MINIMAL + "settings:\n  budget-per-day: 5MB\n  deadline: 2m\n", null);
        assertEquals(5L * 1024 * 1024, config.settings().budgetPerDay());
        assertEquals(Duration.ofMinutes(2), config.settings().deadline());
    }

    @Test
    void without_a_budget_there_is_no_cap_and_the_deadline_is_generous() throws ConfigException {
        Config config = ConfigLoader.parse(MINIMAL, null);
        assertEquals(0, config.settings().budgetPerDay());
        assertEquals(Settings.DEFAULT_DEADLINE, config.settings().deadline());
    }

    @Test
    void a_budget_that_is_not_a_size_is_located() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(MINIMAL + "settings:\n  budget-per-day: lots\n", null));
        assertEquals("feeds.yaml:6:19: 'budget-per-day' must be a size such as 512KB or 2MB, got 'lots'", e.getMessage());
    }

    @Test
    void urls_differing_only_in_the_case_of_scheme_and_host_are_one_feed() {
        String yaml = MINIMAL + "      - HTTPS://Example.ORG/rss\n";
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, null));
        assertEquals("feeds.yaml:5:9: duplicate feed 'HTTPS://Example.ORG/rss' (already at line 4, in section 'Monde')",
                e.getMessage());
    }

    @Test
    void an_empty_name_is_an_error() {
        String yaml = MINIMAL + "      - url: https://example.org/b\n        name: \"\"\n";
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, null));
        assertEquals("feeds.yaml:6:15: 'name' is empty", e.getMessage());
    }

    @Test
    void the_shipped_feeds_yaml_loads_when_present() throws ConfigException {
        Path shipped = Path.of("feeds.yaml");
        Assumptions.assumeTrue(Files.isRegularFile(shipped), "no feeds.yaml at the top of the checkout");
        Config config = ConfigLoader.load(shipped);
        assertTrue(config.feeds().size() >= 1);
    }

    @Test
    void file_urls_get_one_spelling() throws ConfigException {
        Config config = ConfigLoader.parse(MINIMAL + "      - file:/srv/feed.xml\n", null);
        assertEquals("file:///srv/feed.xml", config.feeds().get(1).url());
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(MINIMAL + "      - file://host/feed.xml\n", null));
        assertEquals("malformed URL 'file://host/feed.xml' (a file: URL is file:///absolute/path)", e.detail());
    }
}
