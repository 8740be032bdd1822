package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.kiosque.app.RefreshRequest;
import dev.kiosque.config.KeyBinding;
import dev.kiosque.config.Settings;
import dev.kiosque.model.Headline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UiBehaviourTest {

    private static FakeLibrary news() {
        return new FakeLibrary()
                .section("Politique", "Budget voté", "Élections municipales", "Réforme des retraites")
                .section("Sports", "Victoire des Lions", "Match nul");
    }

    @Test
    void search_is_case_and_accent_insensitive_and_enter_opens_a_result() {
        Harness h = new Harness(news(), 100, 30);
        h.type("/");
        assertTrue(h.lastRow().startsWith("search:"), h.lastRow());
        h.type("ELECTIONS").press(KeyType.Enter);
        assertTrue(h.row(0).contains("search “ELECTIONS” · 1"), h.row(0));
        assertTrue(h.text().contains("Élections municipales"));
        assertFalse(h.text().contains("Budget voté"));
        h.press(KeyType.Enter).runWorkers();
        assertTrue(h.text().contains("Body of Élections municipales"));
        h.type("q").type("q");
        assertTrue(h.row(0).contains("Politique"), "back to the sections");
    }

    @Test
    void search_with_no_match_says_so_and_esc_cancels_the_prompt() {
        Harness h = new Harness(news(), 100, 30);
        h.type("/zzz").press(KeyType.Enter);
        assertTrue(h.lastRow().contains("nothing matches “zzz”"), h.lastRow());
        h.type("/abc").press(KeyType.Escape);
        assertTrue(h.row(0).contains("Politique"));
        assertTrue(h.lastRow().contains("Enter open"));
    }

    @Test
    void keys_typed_in_the_prompt_are_text_not_commands() {
        Harness h = new Harness(news(), 100, 30);
        h.type("/q");
        assertTrue(h.ui.isRunning());
        assertTrue(h.lastRow().contains("search: q"), h.lastRow());
        h.press(KeyType.Backspace).type("match").press(KeyType.Enter);
        assertTrue(h.text().contains("Match nul"));
    }

    @Test
    void capital_s_lists_starred_items_across_sections() {
        Harness h = new Harness(news(), 100, 30);
        h.type("S");
        assertTrue(h.lastRow().contains("no starred items"), h.lastRow());
        h.type("s").press(KeyType.Tab).type("js").type("S");
        assertTrue(h.row(0).contains("starred · 2"), h.row(0));
        assertTrue(h.text().contains("Budget voté"));
        assertTrue(h.text().contains("Match nul"));
        assertFalse(h.text().contains("Élections"));
    }

    @Test
    void colours_by_default_and_none_without_colour() {
        Harness colour = new Harness(news(), 100, 30);
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.BLUE,
                colour.screen.getFrontCharacter(0, 0).getBackgroundColor());
        Harness plain = new Harness(news(), 100, 30, new TuiOptions(false, Locale.ENGLISH, false, Map.of()));
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 100; c++) {
                var ch = plain.screen.getFrontCharacter(c, r);
                assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, ch.getForegroundColor(), r + "," + c);
                assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, ch.getBackgroundColor(), r + "," + c);
            }
        }
        assertTrue(plain.screen.getFrontCharacter(0, 0).isReversed(), "the top line is still set apart");
    }

    @Test
    void question_mark_shows_the_key_table_and_closes_it() {
        Harness h = new Harness(news(), 100, 40);
        h.type("?");
        assertTrue(h.row(0).contains("keys"), h.row(0));
        assertTrue(h.text().contains("j, Down"));
        assertTrue(h.text().contains("refresh all sections"));
        assertTrue(h.text().contains("next-unread"));
        h.resize(40, 30);
        assertTrue(h.text().contains("move down"), "descriptions keep their room when narrow");
        h.type("?");
        assertTrue(h.row(0).contains("Politique"));
    }

    @Test
    void keys_from_the_config_rebind_actions_and_show_in_the_help() {
        FakeLibrary lib = news();
        lib.keys = List.of(new KeyBinding("down", List.of("x"), 3, 5), new KeyBinding("help", List.of("F1"), 4, 5));
        Harness h = new Harness(lib, 100, 40);
        int second = h.rowOf("Élections municipales");
        int column = h.row(second).indexOf("Élections");
        h.type("j");
        assertFalse(h.reversed(second, column), "j is no longer bound");
        h.type("x");
        assertTrue(h.reversed(second, column));
        assertTrue(h.lastRow().contains("F1 help"), h.lastRow());
        h.press(KeyType.F1);
        assertTrue(h.text().contains("x "), h.text());
        assertFalse(h.text().contains("j, Down"));
    }

    @Test
    void resize_re_lays_out_and_keeps_the_selection() {
        Harness h = new Harness(news(), 100, 30);
        h.type("jj");
        h.terminal.isWholeBufferDirtyThenReset();
        h.resize(60, 15);
        assertTrue(h.terminal.isWholeBufferDirtyThenReset(), "a resize repaints everything once");
        h.type("k").type("j");
        assertFalse(h.terminal.isWholeBufferDirtyThenReset(), "moving repaints only what changed");
        int row = h.rowOf("Réforme des retraites");
        assertTrue(row > 0, h.text());
        assertTrue(h.reversed(row, h.row(row).indexOf("Réforme")));
        assertFalse(h.text().contains("Sports"), "narrow: only the headlines pane");
        h.resize(120, 40);
        row = h.rowOf("Réforme des retraites");
        assertTrue(h.reversed(row, h.row(row).indexOf("Réforme")));
        assertTrue(h.text().contains("Sports"));
    }

    @Test
    void under_40_by_10_a_message_replaces_the_ui_and_it_comes_back() {
        Harness h = new Harness(news(), 100, 30);
        h.resize(39, 20);
        assertTrue(h.text().contains("window too small"), h.text());
        h.resize(50, 9);
        assertTrue(h.text().contains("window too small"));
        h.type("j");                     // keys still work, nothing crashes
        h.resize(1, 1);
        h.resize(80, 24);
        assertFalse(h.text().contains("window too small"));
        assertTrue(h.text().contains("Réforme des retraites"));
    }

    @Test
    void french_ui_strings_and_dates() {
        FakeLibrary lib = new FakeLibrary();
        lib.sections.put("Politique", new ArrayList<>(List.of(
                lib.headline("Politique", "Hier", FakeLibrary.NOON.minus(Duration.ofDays(1))))));
        Harness h = new Harness(lib, 100, 30, new TuiOptions(false, Locale.FRENCH, false, Map.of()));
        assertTrue(h.row(0).contains("1 non lus"), h.row(0));
        assertTrue(h.text().contains("6 févr."), h.text());
        assertTrue(h.lastRow().contains("Enter ouvrir"), h.lastRow());
        h.type("?");
        assertTrue(h.text().contains("tout actualiser"));
        h.type("?").resize(30, 8);
        assertTrue(h.text().contains("fenêtre trop petite"));
    }

    @Test
    void refresh_runs_in_the_background_with_progress_and_keeps_the_selection() {
        FakeLibrary lib = news();
        Harness h = new Harness(lib, 100, 30);
        h.type("j").type("r");
        assertTrue(lib.refreshes.isEmpty(), "not on the UI thread");
        assertEquals(1, h.jobs.size());
        assertTrue(h.lastRow().endsWith("refreshing…"), "no 0/0 before the count is known: " + h.lastRow());
        h.type("j").type("k");          // the list stays usable while the worker waits
        lib.duringRefresh = () -> lib.sections.get("Politique").add(0,
                lib.headline("Politique", "Breaking news", FakeLibrary.NOON));
        h.runWorkers();
        assertEquals(List.of(RefreshRequest.section("Politique")), lib.refreshes);
        assertTrue(h.lastRow().contains("refreshed: 3 new"), h.lastRow());
        assertTrue(h.text().contains("Breaking news"));
        int row = h.rowOf("Élections municipales");
        assertTrue(h.reversed(row, h.row(row).indexOf("Élections")), "selection stayed on the same item");
    }

    @Test
    void a_second_refresh_while_one_runs_is_refused() {
        FakeLibrary lib = news();
        Harness h = new Harness(lib, 100, 30);
        h.type("R").type("r");
        assertTrue(h.lastRow().contains("already running"), h.lastRow());
        h.runWorkers();
        assertEquals(List.of(RefreshRequest.all()), lib.refreshes);
    }

    @Test
    void refresh_on_start_follows_the_setting_and_the_age_of_the_last_refresh() {
        FakeLibrary recent = news();
        recent.lastRefresh = FakeLibrary.NOON.minus(Duration.ofMinutes(5));
        assertTrue(new Harness(recent, 100, 30).jobs.isEmpty());

        FakeLibrary stale = news();
        stale.lastRefresh = FakeLibrary.NOON.minus(Duration.ofMinutes(31));
        Harness h = new Harness(stale, 100, 30);
        assertEquals(1, h.jobs.size());
        assertTrue(h.lastRow().contains("refreshing"));

        FakeLibrary never = news();
        never.lastRefresh = null;
        assertEquals(1, new Harness(never, 100, 30).jobs.size());

        FakeLibrary off = news();
        off.lastRefresh = null;
        off.settings = withRefreshOnStart(false);
        assertTrue(new Harness(off, 100, 30).jobs.isEmpty());

        FakeLibrary on = news();
        on.settings = withRefreshOnStart(true);
        assertEquals(1, new Harness(on, 100, 30).jobs.size());

        FakeLibrary offline = news();
        offline.lastRefresh = null;
        assertTrue(new Harness(offline, 100, 30, new TuiOptions(true, Locale.ENGLISH, true, Map.of())).jobs.isEmpty());
    }

    private static Settings withRefreshOnStart(boolean value) {
        Settings d = Settings.DEFAULTS;
        return new Settings(d.jobs(), d.perHost(), d.timeout(), d.articleBytes(), d.prefetch(), d.prefetchSections(),
                d.keep(), value, d.browser());
    }

    @Test
    void offline_refresh_is_refused_with_a_message() {
        Harness h = new Harness(news(), 100, 30, new TuiOptions(true, Locale.ENGLISH, true, Map.of()));
        h.type("r");
        assertTrue(h.lastRow().contains("offline"));
        assertTrue(h.jobs.isEmpty());
    }

    @Test
    void a_section_of_10000_items_scrolls_by_reading_only_the_visible_rows() {
        FakeLibrary lib = new FakeLibrary();
        List<Headline> big = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) big.add(lib.headline("Big", "Item " + i, FakeLibrary.NOON));
        CountingList counting = new CountingList(big);
        lib.sections.put("Big", counting);
        Harness h = new Harness(lib, 100, 30);
        int queries = lib.queries;
        counting.reads = 0;
        for (int i = 0; i < 40; i++) h.type("j");
        h.type("G");
        assertTrue(h.text().contains("Item 9999"));
        h.press(KeyType.PageUp).type("g");
        assertTrue(h.text().contains("Item 0"));
        assertEquals(queries, lib.queries, "never re-queried");
        int frames = 43;
        assertTrue(counting.reads <= frames * 30, "reads: " + counting.reads);
    }

    /** A list that counts element reads. */
    static final class CountingList extends java.util.AbstractList<Headline> {
        private final List<Headline> items;
        int reads;

        CountingList(List<Headline> items) {
            this.items = items;
        }

        @Override
        public Headline get(int index) {
            reads++;
            return items.get(index);
        }

        @Override
        public Headline set(int index, Headline value) {
            return items.set(index, value);
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
