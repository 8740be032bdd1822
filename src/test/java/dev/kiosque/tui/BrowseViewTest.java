package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.kiosque.model.MarkRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowseViewTest {

    private static FakeLibrary news() {
        return new FakeLibrary()
                .section("Politique", "Budget voté", "Élections municipales", "Réforme des retraites")
                .section("Sports", "Victoire des Lions", "Match nul")
                .section("Tech", "Nouveau téléphone");
    }

    @Test
    void first_screen_shows_sections_beside_the_headlines_of_the_first_section() {
        Harness h = new Harness(news(), 100, 30);
        assertTrue(h.row(0).startsWith("kiosque · Politique · 3 unread"), h.row(0));
        assertTrue(h.text().contains("Sports"));
        assertTrue(h.text().contains("Budget voté"));
        assertTrue(h.text().contains("Élections municipales"));
        assertFalse(h.text().contains("Victoire des Lions"));
    }

    @Test
    void j_and_k_and_arrows_move_the_selection() {
        Harness h = new Harness(news(), 100, 30);
        int second = h.rowOf("Élections municipales");
        int column = h.row(second).indexOf("Élections");
        assertFalse(h.reversed(second, column));
        h.type("j");
        assertTrue(h.reversed(second, column));
        h.press(KeyType.ArrowDown).press(KeyType.ArrowUp);
        assertTrue(h.reversed(second, column));
        h.type("k");
        assertFalse(h.reversed(second, column));
    }

    @Test
    void tab_and_brackets_switch_sections() {
        Harness h = new Harness(news(), 100, 30);
        h.press(KeyType.Tab);
        assertTrue(h.row(0).contains("Sports"));
        assertTrue(h.text().contains("Victoire des Lions"));
        h.type("]");
        assertTrue(h.row(0).contains("Tech"));
        h.type("]");
        assertTrue(h.row(0).contains("Politique"), "wraps around");
        h.type("[");
        assertTrue(h.row(0).contains("Tech"));
    }

    @Test
    void enter_opens_the_article_and_q_comes_back_to_the_same_selection() {
        Harness h = new Harness(news(), 100, 30);
        h.type("j").press(KeyType.Enter).runWorkers();
        assertTrue(h.text().contains("Body of Élections municipales"), h.text());
        h.type("q");
        assertTrue(h.row(0).startsWith("kiosque · Politique"));
        assertTrue(h.ui.isRunning());
        int row = h.rowOf("Élections municipales");
        assertTrue(h.reversed(row, h.row(row).indexOf("Élections")));
        assertTrue(h.ui.isRunning());
    }

    @Test
    void opening_an_article_marks_it_read() {
        FakeLibrary lib = news();
        Harness h = new Harness(lib, 100, 30);
        h.press(KeyType.Enter);
        long id = lib.sections.get("Politique").get(0).id();
        assertEquals(List.of(MarkRequest.items(MarkRequest.Op.READ, List.of(id))), lib.marks);
        h.runWorkers().press(KeyType.Escape);
        assertTrue(h.row(0).contains("2 unread"), h.row(0));
        int row = h.rowOf("Budget voté");
        assertFalse(h.row(row).contains("•"), "no unread mark: " + h.row(row));
        assertTrue(h.row(h.rowOf("Élections")).contains("•"));
    }

    @Test
    void m_toggles_read_and_s_stars() {
        FakeLibrary lib = news();
        Harness h = new Harness(lib, 100, 30);
        h.type("m");
        assertTrue(h.row(0).contains("2 unread"));
        assertFalse(h.row(h.rowOf("Budget voté")).contains("•"));
        h.type("m");
        assertTrue(h.row(0).contains("3 unread"));
        h.type("s");
        assertTrue(h.row(h.rowOf("Budget voté")).contains("*"));
        assertEquals(MarkRequest.Op.STAR, lib.marks.get(lib.marks.size() - 1).op());
    }

    @Test
    void capital_a_marks_the_whole_section_read() {
        FakeLibrary lib = news();
        Harness h = new Harness(lib, 100, 30);
        h.type("A");
        assertEquals(MarkRequest.section(MarkRequest.Op.READ, "Politique"), lib.marks.get(0));
        assertTrue(h.row(0).contains("0 unread"), h.row(0));
        assertFalse(h.text().contains("•"));
    }

    @Test
    void n_jumps_to_the_next_unread_item_across_sections() {
        FakeLibrary lib = news();
        Harness h = new Harness(lib, 100, 30);
        h.type("A").type("n");
        assertTrue(h.row(0).contains("Sports"), h.row(0));
        int row = h.rowOf("Victoire des Lions");
        assertTrue(h.reversed(row, h.row(row).indexOf("Victoire")));
        h.type("n");
        row = h.rowOf("Match nul");
        assertTrue(h.reversed(row, h.row(row).indexOf("Match")));
    }

    @Test
    void capital_n_goes_back_across_sections_and_n_in_an_article_opens_the_next_unread() {
        FakeLibrary lib = news();
        Harness h = new Harness(lib, 60, 20);               // narrow: sections are their own screen
        h.type("]]").press(KeyType.Enter);                  // Tech's headlines
        h.type("N");
        assertTrue(h.row(0).contains("Sports"), h.row(0));
        int row = h.rowOf("Match nul");
        assertTrue(h.reversed(row, h.row(row).indexOf("Match")), h.text());
        h.press(KeyType.Enter).runWorkers();                // opens (and reads) Match nul
        h.type("N").runWorkers();                           // from the article: the unread one before it
        assertTrue(h.text().contains("Body of Victoire des Lions"), h.text());
        h.type("n").runWorkers();                           // Match nul is read now: on to Tech
        assertTrue(h.text().contains("Body of Nouveau téléphone"), h.text());
    }

    @Test
    void with_both_panes_shown_q_quits_and_esc_moves_to_the_sections_column() {
        Harness h = new Harness(news(), 100, 30);
        h.press(KeyType.Escape);
        assertTrue(h.ui.isRunning(), "Esc does not quit");
        h.type("j");
        assertTrue(h.row(0).contains("Sports"), "j now moves in the sections column");
        h.press(KeyType.Escape).type("l").type("q");
        assertFalse(h.ui.isRunning());
    }

    @Test
    void on_a_narrow_screen_q_goes_back_to_the_sections_then_quits() {
        Harness h = new Harness(news(), 60, 20);
        assertTrue(h.lastRow().contains("q quit"), h.lastRow());
        h.press(KeyType.Enter);
        assertTrue(h.text().contains("Budget voté"));
        assertTrue(h.lastRow().contains("q back"), h.lastRow());
        h.type("q");
        assertTrue(h.ui.isRunning());
        assertFalse(h.text().contains("Budget voté"));
        h.press(KeyType.Escape);
        assertTrue(h.ui.isRunning(), "Esc does not quit");
        h.type("q");
        assertFalse(h.ui.isRunning());
    }

    @Test
    void ctrl_c_quits_from_anywhere() {
        Harness h = new Harness(news(), 100, 30);
        h.press(KeyType.Enter).runWorkers().ctrl('c');
        assertFalse(h.ui.isRunning());
    }

    @Test
    void narrow_terminals_show_the_sections_as_their_own_screen() {
        Harness h = new Harness(news(), 60, 20);
        assertTrue(h.text().contains("Sports"));
        assertFalse(h.text().contains("Budget voté"), "headlines not shown beside the sections");
        h.type("j").press(KeyType.Enter);
        assertTrue(h.text().contains("Victoire des Lions"));
        assertFalse(h.text().contains("Tech"));
    }

    @Test
    void the_hint_line_comes_from_the_key_table() {
        Harness h = new Harness(news(), 100, 30);
        assertTrue(h.lastRow().contains("Enter open"), h.lastRow());
        assertTrue(h.lastRow().contains("? help"), h.lastRow());
        assertTrue(h.lastRow().contains("q quit"), h.lastRow());
        assertNotEquals(-1, h.lastRow().indexOf("/ search"));
    }
}
