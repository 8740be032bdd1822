package dev.kiosque.tui;

import dev.kiosque.model.Headline;
import dev.kiosque.tui.Theme.Look;
import dev.kiosque.tui.Theme.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of headlines on screen. The list from the library is kept as it is (never copied or
 * re-queried per keystroke); local changes of read/starred state are overlaid by id, and drawing
 * touches only the visible rows, so a section of 10 000 items scrolls as fast as one of 10.
 */
final class HeadlineList {

    private static final int SOURCE_MAX = 18;
    private static final int SOURCE_SHARE = 5;     // the source column takes at most 1/5 of the width
    private static final String UNREAD_MARK = "•";
    private static final String STAR_MARK = "*";

    private List<Headline> items;
    private final Map<Long, Headline> overlay = new HashMap<>();
    private ListCursor cursor;

    HeadlineList(List<Headline> items) {
        this.items = items;
        this.cursor = ListCursor.of(items.size(), 1);
    }

    int size() {
        return items.size();
    }

    Headline get(int index) {
        Headline h = items.get(index);
        Headline changed = overlay.get(h.id());
        return changed == null ? h : changed;
    }

    /** The selected headline, or null when the list is empty. */
    Headline selected() {
        return cursor.isEmpty() ? null : get(cursor.selected());
    }

    ListCursor cursor() {
        return cursor;
    }

    void select(int index) {
        cursor = cursor.select(index);
    }

    /** Records a new state of one item without touching the rest of the list. */
    void update(Headline changed) {
        overlay.put(changed.id(), changed);
    }

    /** Replaces the items (after a refresh), keeping the selection on the same item id when it is still there. */
    void replace(List<Headline> fresh) {
        Headline was = selected();
        int index = cursor.selected();
        items = fresh;
        overlay.clear();
        if (was != null) {
            for (int i = 0; i < fresh.size(); i++) {
                if (fresh.get(i).id() == was.id()) {
                    index = i;
                    break;
                }
            }
        }
        cursor = new ListCursor(fresh.size(), cursor.height(), index, cursor.top() + (index - cursor.selected()));
    }

    /** Applies a movement action; false when the action is not a movement. */
    boolean move(Action action) {
        ListCursor next = cursor.on(action);
        if (next == null) return false;
        cursor = next;
        return true;
    }

    /** The index of the next unread item after (direction 1) or before (-1) {@code from}, or -1. */
    int nextUnread(int from, int direction) {
        for (int i = from + direction; i >= 0 && i < items.size(); i += direction) {
            if (!get(i).read()) return i;
        }
        return -1;
    }

    /** Draws the visible rows in the given rectangle. */
    void draw(Canvas canvas, int col, int top, int width, int height, boolean focused, DateColumn format) {
        cursor = cursor.withHeight(height);
        int sourceCells = Math.min(SOURCE_MAX, width / SOURCE_SHARE);
        for (int row = 0; row < height; row++) {
            int index = cursor.top() + row;
            if (index >= cursor.size()) break;
            Headline h = get(index);
            boolean selected = index == cursor.selected();
            Look plain = look(canvas, h.read() ? Role.READ : Role.UNREAD);
            // The selection bar covers the mark, date and source, not the title: one step then
            // rewrites about 2 x 30 cells instead of two whole rows (see the byte budget test).
            Look bar = selected ? look(canvas, focused ? Role.SELECTED : Role.SELECTED_IDLE) : null;
            int y = top + row;
            int x = canvas.put(col, y, 1, h.read() ? " " : UNREAD_MARK, selected ? bar : plain);
            x = canvas.put(x, y, 2, h.starred() ? STAR_MARK : " ", selected ? bar : plain);
            x = canvas.put(x, y, format.cells(), format.date(h.published()), selected ? bar : look(canvas, Role.DATE));
            x = canvas.put(x, y, 1, " ", selected ? bar : plain);
            x = canvas.put(x, y, sourceCells, h.feed(), selected ? bar : look(canvas, Role.SOURCE));
            x = canvas.put(x, y, 1, " ", plain);
            canvas.put(x, y, col + width - x, h.title(), plain);
        }
    }

    private static Look look(Canvas canvas, Role role) {
        return canvas.theme().look(role);
    }
}
