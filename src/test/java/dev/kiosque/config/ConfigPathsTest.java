package dev.kiosque.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigPathsTest {

    @TempDir
    Path dir;

    @Test
    void the_option_wins_over_everything_even_when_missing() throws IOException {
        Files.writeString(dir.resolve("feeds.yaml"), "x");
        Map<String, String> env = Map.of("KIOSQUE_CONFIG", "/etc/k.yaml");
        assertEquals(dir.resolve("my.yaml"), ConfigPaths.configFile("my.yaml", env, dir));
    }

    @Test
    void the_environment_comes_before_the_working_directory() throws IOException {
        Files.writeString(dir.resolve("feeds.yaml"), "x");
        assertEquals(Path.of("/etc/k.yaml"), ConfigPaths.configFile(null, Map.of("KIOSQUE_CONFIG", "/etc/k.yaml"), dir));
    }

    @Test
    void a_feeds_yaml_in_the_working_directory_comes_before_xdg() throws IOException {
        Files.writeString(dir.resolve("feeds.yaml"), "x");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        assertEquals(dir.resolve("feeds.yaml"), ConfigPaths.configFile(null, env, dir));
    }

    @Test
    void without_any_file_the_xdg_location_is_named() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/x/config", "HOME", "/home/ada");
        assertEquals(Path.of("/x/config/kiosque/feeds.yaml"), ConfigPaths.configFile(null, env, dir));
    }

    @Test
    void xdg_config_home_defaults_to_dot_config_under_home() {
        assertEquals(Path.of("/home/ada/.config/kiosque/feeds.yaml"),
                ConfigPaths.configFile(null, Map.of("HOME", "/home/ada"), dir));
    }

    @Test
    void a_relative_xdg_variable_is_ignored_as_the_spec_says() {
        assertEquals(Path.of("/home/ada/.local/share/kiosque"),
                ConfigPaths.dataDir(null, Map.of("HOME", "/home/ada", "XDG_DATA_HOME", "rel/data")));
    }

    @Test
    void the_data_dir_follows_option_then_xdg() {
        assertEquals(Path.of("/d"), ConfigPaths.dataDir("/d", Map.of("XDG_DATA_HOME", "/x")));
        assertEquals(Path.of("/x/kiosque"), ConfigPaths.dataDir(null, Map.of("XDG_DATA_HOME", "/x")));
    }
}
