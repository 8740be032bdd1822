package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.kiosque.config.Config;
import dev.kiosque.config.KeyBinding;
import dev.kiosque.config.Settings;
import dev.kiosque.tui.View.ViewKind;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    private static Config config(KeyBinding... bindings) {
        return new Config(Path.of("/home/me/feeds.yaml"), List.of(), Settings.DEFAULTS, List.of(bindings));
    }

    @Test
    void vim_keys_and_arrows_both_work_by_default() {
        KeyMap keys = KeyMap.defaults();
        assertEquals(Action.DOWN, keys.actionFor(key('j'), ViewKind.HEADLINES));
        assertEquals(Action.DOWN, keys.actionFor(new KeyStroke(KeyType.ArrowDown), ViewKind.HEADLINES));
        assertEquals(Action.OPEN, keys.actionFor(new KeyStroke(KeyType.Enter), ViewKind.SECTIONS));
        assertEquals(Action.BACK, keys.actionFor(new KeyStroke(KeyType.Escape), ViewKind.ARTICLE));
        assertEquals(Action.PAGE_DOWN, keys.actionFor(key(' '), ViewKind.ARTICLE));
        assertEquals(Action.PREV_SECTION, keys.actionFor(new KeyStroke(KeyType.ReverseTab), ViewKind.HEADLINES));
    }

    @Test
    void actions_apply_only_in_their_views() {
        KeyMap keys = KeyMap.defaults();
        assertNull(keys.actionFor(key('u'), ViewKind.HEADLINES));
        assertEquals(Action.LINKS_LIST, keys.actionFor(key('u'), ViewKind.ARTICLE));
        assertNull(keys.actionFor(key('A'), ViewKind.ARTICLE));
    }

    @Test
    void no_two_default_actions_share_a_key_in_the_same_view() {
        for (ViewKind view : ViewKind.values()) {
            Set<String> seen = new HashSet<>();
            for (Action a : Action.values()) {
                if (!a.appliesTo(view)) continue;
                for (String k : a.defaultKeys()) assertTrue(seen.add(k), view + ": " + k);
            }
        }
    }

    @Test
    void every_default_key_name_is_valid() {
        for (Action a : Action.values()) {
            for (String k : a.defaultKeys()) assertEquals(k, KeyNames.canonical(k), a + " " + k);
        }
    }

    @Test
    void a_binding_replaces_the_defaults_of_its_action_and_wins_over_other_actions() {
        KeyMap keys = KeyMap.from(List.of(new KeyBinding("open", List.of("o", "Return"), 1, 1)));
        assertEquals(Action.OPEN, keys.actionFor(key('o'), ViewKind.HEADLINES));
        assertEquals(Action.OPEN, keys.actionFor(new KeyStroke(KeyType.Enter), ViewKind.HEADLINES));
        assertNull(keys.actionFor(key('l'), ViewKind.HEADLINES));
        assertEquals(List.of("o", "Enter"), keys.keysOf(Action.OPEN));
    }

    @Test
    void ctrl_c_always_quits_even_when_rebound() {
        KeyMap keys = KeyMap.from(List.of(new KeyBinding("quit", List.of("Q"), 1, 1),
                new KeyBinding("down", List.of("C-c"), 2, 1)));
        assertEquals(Action.QUIT, keys.actionFor(new KeyStroke('c', true, false), ViewKind.HEADLINES));
        assertEquals(Action.QUIT, keys.actionFor(key('Q'), ViewKind.ARTICLE));
    }

    @Test
    void key_names_are_forgiving_about_spelling() {
        assertEquals("PgDn", KeyNames.canonical("PageDown"));
        assertEquals("PgDn", KeyNames.canonical("page-down"));
        assertEquals("Esc", KeyNames.canonical("ESCAPE"));
        assertEquals("C-x", KeyNames.canonical("Ctrl-X"));
        assertEquals("C-x", KeyNames.canonical("^x"));
        assertEquals("M-x", KeyNames.canonical("Alt-x"));
        assertEquals("Space", KeyNames.canonical(" "));
        assertEquals("F12", KeyNames.canonical("f12"));
        assertEquals("é", KeyNames.canonical("é"));
        assertNull(KeyNames.canonical("F13"));
        assertNull(KeyNames.canonical("\u0007"));
        assertNull(KeyNames.canonical("Hyper-x"));
    }

    @Test
    void check_reports_unknown_actions_with_a_suggestion_at_file_line_col() {
        List<String> errors = KeyMap.check(config(new KeyBinding("opne", List.of("x"), 14, 5)));
        assertEquals(List.of("/home/me/feeds.yaml:14:5: unknown action 'opne' (did you mean 'open'?)"), errors);
        assertEquals(List.of("/home/me/feeds.yaml:3:3: unknown action 'refresh-al' (did you mean 'refresh-all'?)"),
                KeyMap.check(config(new KeyBinding("refresh-al", List.of("x"), 3, 3))));
    }

    @Test
    void check_lists_the_actions_when_nothing_is_close() {
        String error = KeyMap.check(config(new KeyBinding("launch-rockets", List.of("x"), 2, 3))).get(0);
        assertTrue(error.startsWith("/home/me/feeds.yaml:2:3: unknown action 'launch-rockets' (known actions: down, up,"),
                error);
    }

    @Test
    void check_reports_unknown_key_names() {
        List<String> errors = KeyMap.check(config(new KeyBinding("down", List.of("j", "Downn"), 7, 9)));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("/home/me/feeds.yaml:7:9: unknown key 'Downn' for action 'down'"),
                errors.get(0));
        assertTrue(TuiApp.checkKeys(config(new KeyBinding("down", List.of("J", "PgDn"), 1, 1))).isEmpty());
    }

    @Test
    void check_names_feeds_yaml_when_the_config_has_no_file() {
        Config builtIn = new Config(null, List.of(), Settings.DEFAULTS, List.of(new KeyBinding("x", List.of("y"), 1, 2)));
        assertTrue(TuiApp.checkKeys(builtIn).get(0).startsWith("feeds.yaml:1:2: unknown action 'x'"));
    }

    @Test
    void the_help_shows_a_run_of_digit_keys_as_a_range() {
        assertEquals("1–9", HelpView.keyLabel(java.util.List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")));
        assertEquals("x, 1, 2", HelpView.keyLabel(java.util.List.of("x", "1", "2")));
        assertEquals("q, h, Left, Esc", HelpView.keyLabel(java.util.List.of("q", "h", "Left", "Esc")));
    }
}
