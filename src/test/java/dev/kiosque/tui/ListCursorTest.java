package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ListCursorTest {

    @Test
    void moving_past_the_bottom_scrolls_by_one() {
        ListCursor c = ListCursor.of(100, 10);
        for (int i = 0; i < 10; i++) c = c.move(1);
        assertEquals(10, c.selected());
        assertEquals(1, c.top());
    }

    @Test
    void the_selection_stays_inside_the_list() {
        ListCursor c = ListCursor.of(5, 10);
        assertEquals(0, c.move(-3).selected());
        assertEquals(4, c.move(99).selected());
        assertEquals(0, c.move(99).top(), "a short list never scrolls");
    }

    @Test
    void paging_moves_selection_and_view_together() {
        ListCursor c = ListCursor.of(100, 10).move(3).page(1);
        assertEquals(13, c.selected());
        assertEquals(10, c.top());
        c = c.page(1).page(1).page(1).page(1).page(1).page(1).page(1).page(1);
        assertEquals(93, c.selected());
        c = c.page(1);
        assertEquals(99, c.selected());
        assertEquals(90, c.top(), "the last page is full");
        assertEquals(89, c.page(-1).selected());
    }

    @Test
    void first_and_last() {
        ListCursor c = ListCursor.of(10_000, 20).last();
        assertEquals(9_999, c.selected());
        assertEquals(9_980, c.top());
        assertEquals(0, c.first().top());
    }

    @Test
    void a_smaller_height_keeps_the_selection_visible() {
        ListCursor c = ListCursor.of(100, 30).select(25).withHeight(10);
        assertEquals(25, c.selected());
        assertTrue(c.top() <= 25 && 25 < c.top() + 10);
    }

    @Test
    void a_shorter_list_pulls_the_selection_back() {
        ListCursor c = ListCursor.of(100, 10).last().withSize(3);
        assertEquals(2, c.selected());
        assertEquals(0, c.top());
    }

    @Test
    void an_empty_list_has_selection_zero_and_survives_every_move() {
        ListCursor c = ListCursor.of(0, 10);
        for (Action a : Action.values()) {
            ListCursor next = c.on(a);
            if (next != null) assertEquals(0, next.selected());
        }
        assertTrue(c.isEmpty());
        assertEquals(0, c.bottom());
    }

    @Test
    void only_movements_change_the_cursor() {
        assertNull(ListCursor.of(3, 3).on(Action.OPEN));
        assertEquals(1, ListCursor.of(3, 3).on(Action.DOWN).selected());
        assertEquals(2, ListCursor.of(3, 3).on(Action.LAST).selected());
    }

    @Test
    void the_pager_stops_at_the_last_full_page_and_reports_percent() {
        Pager p = new Pager(100, 10, 0);
        assertEquals(10, p.percent());
        assertEquals(9, p.on(Action.PAGE_DOWN).top(), "one line of context");
        assertEquals(90, p.on(Action.LAST).top());
        assertEquals(100, p.on(Action.LAST).percent());
        assertEquals(0, p.on(Action.UP).top());
        assertEquals(100, new Pager(5, 10, 3).percent());
        assertEquals("All", new Pager(5, 10, 0).position(java.util.Locale.ENGLISH));
        assertEquals("Début", p.position(java.util.Locale.FRENCH));
        assertEquals("19%", p.on(Action.PAGE_DOWN).position(java.util.Locale.ENGLISH), "bottom line 19 of 100");
        assertEquals("100%", p.on(Action.LAST).position(java.util.Locale.ENGLISH));
    }
}
