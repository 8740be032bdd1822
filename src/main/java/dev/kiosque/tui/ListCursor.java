package dev.kiosque.tui;

/**
 * The viewport of a list: how many rows it has ({@code size}), how many fit on screen
 * ({@code height}), the selected row and the first visible row. Pure logic with no terminal in
 * sight; every change returns a copy in which the selection is inside the list and visible.
 * An empty list has selection 0.
 */
record ListCursor(int size, int height, int selected, int top) {

    ListCursor {
        size = Math.max(0, size);
        height = Math.max(1, height);
        selected = size == 0 ? 0 : Math.max(0, Math.min(selected, size - 1));
        if (selected < top) top = selected;
        if (selected >= top + height) top = selected - height + 1;
        top = Math.max(0, Math.min(top, Math.max(0, size - height)));
    }

    static ListCursor of(int size, int height) {
        return new ListCursor(size, height, 0, 0);
    }

    ListCursor withSize(int value) {
        return new ListCursor(value, height, selected, top);
    }

    /** A new height keeps the selection on screen (used on resize). */
    ListCursor withHeight(int value) {
        return new ListCursor(size, value, selected, top);
    }

    ListCursor select(int index) {
        return new ListCursor(size, height, index, top);
    }

    ListCursor move(int delta) {
        return select(selected + delta);
    }

    /** Moves the selection and the view by one screen, as a pager does. */
    ListCursor page(int direction) {
        int delta = direction * height;
        ListCursor moved = new ListCursor(size, height, selected + delta, top + delta);
        if (moved.top == top) return direction > 0 ? last() : first();   // the view cannot move: go to the end
        return moved;
    }

    ListCursor first() {
        return select(0);
    }

    ListCursor last() {
        return select(size - 1);
    }

    /** The cursor after a movement action, or null when the action is not a movement. */
    ListCursor on(Action action) {
        return switch (action) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case PAGE_DOWN -> page(1);
            case PAGE_UP -> page(-1);
            case FIRST -> first();
            case LAST -> last();
            default -> null;
        };
    }

    /** One past the last visible row. */
    int bottom() {
        return Math.min(size, top + height);
    }

    boolean isEmpty() {
        return size == 0;
    }
}
