package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.tui.FrameRows.Write;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameRowsTest {

    private static final Theme.Look LOOK = Theme.ansi16().look(Theme.Role.NORMAL);

    private static List<Write> row(String text) {
        return List.of(new Write(0, 10, text, LOOK, false));
    }

    /** Rows 0..n-1 showing items {@code top..top+n-1}. */
    @SuppressWarnings("unchecked")
    private static List<Write>[] list(int top, int n) {
        List<Write>[] rows = (List<Write>[]) new List<?>[n];
        for (int i = 0; i < n; i++) rows[i] = row("item " + (top + i));
        return rows;
    }

    private static FrameRows drawn(List<Write>[] rows) {
        FrameRows shown = new FrameRows();
        shown.size(10, rows.length);
        for (int i = 0; i < rows.length; i++) shown.drawn(i, rows[i]);
        return shown;
    }

    @Test
    void a_list_moved_by_one_row_is_shifted_the_way_the_back_buffer_scrolls() {
        FrameRows shown = drawn(list(0, 20));
        List<Write>[] now = list(1, 20);
        assertEquals(1, shown.bestShift(now, 0, 19));
        shown.shift(0, 19, 1);
        for (int i = 0; i < 19; i++) assertTrue(shown.shows(i, now[i]), "row " + i);
        assertFalse(shown.shows(19, now[19]), "the row that came in is drawn");

        FrameRows back = drawn(list(5, 20));
        List<Write>[] up = list(3, 20);
        assertEquals(-2, back.bestShift(up, 0, 19));
        back.shift(0, 19, -2);
        assertFalse(back.shows(0, up[0]));
        assertFalse(back.shows(1, up[1]));
        for (int i = 2; i < 20; i++) assertTrue(back.shows(i, up[i]), "row " + i);
    }

    @Test
    void no_shift_for_an_unmoved_list_a_page_move_or_a_short_region() {
        assertEquals(0, drawn(list(0, 20)).bestShift(list(0, 20), 0, 19));
        assertEquals(0, drawn(list(0, 20)).bestShift(list(20, 20), 0, 19));
        assertEquals(0, drawn(list(0, 20)).bestShift(list(4, 20), 0, 19), "farther than three rows");
        assertEquals(0, drawn(list(0, 6)).bestShift(list(1, 6), 0, 5));
    }

    @Test
    void a_new_size_or_a_resize_forgets_every_row() {
        FrameRows shown = drawn(list(0, 5));
        assertTrue(shown.shows(2, row("item 2")));
        shown.size(10, 5);
        assertTrue(shown.shows(2, row("item 2")), "same size: kept");
        shown.size(11, 5);
        assertFalse(shown.shows(2, row("item 2")));
        shown.drawn(2, row("item 2"));
        shown.forget();
        assertFalse(shown.shows(2, row("item 2")));
    }

    @Test
    void writes_are_equal_by_value() {
        Write a = new Write(3, 4, "x", LOOK, false);
        assertEquals(a, new Write(3, 4, new String("x"), Theme.ansi16().look(Theme.Role.NORMAL), false));
        assertEquals(a.hashCode(), new Write(3, 4, "x", LOOK, false).hashCode());
        assertFalse(a.equals(new Write(3, 4, "x", LOOK, true)));
        assertFalse(a.equals(new Write(3, 5, "x", LOOK, false)));
        assertFalse(a.equals(new Write(3, 4, "x", Theme.ansi16().look(Theme.Role.BAR), false)));
        assertFalse(a.equals(new Write(3, 4, null, LOOK, false)));
    }
}
