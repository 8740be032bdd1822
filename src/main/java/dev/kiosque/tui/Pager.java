package dev.kiosque.tui;

import java.util.Locale;

/**
 * The scroll position of a text taller than the screen: {@code top} is the first visible line and
 * is kept between 0 and the last full page. Pure logic, like {@link ListCursor}.
 */
record Pager(int size, int height, int top) {

    Pager {
        size = Math.max(0, size);
        height = Math.max(1, height);
        top = Math.max(0, Math.min(top, Math.max(0, size - height)));
    }

    Pager withSize(int value) {
        return new Pager(value, height, top);
    }

    Pager withHeight(int value) {
        return new Pager(size, value, top);
    }

    /** The pager after a movement action, or null when the action is not a movement. */
    Pager on(Action action) {
        return switch (action) {
            case DOWN -> new Pager(size, height, top + 1);
            case UP -> new Pager(size, height, top - 1);
            case PAGE_DOWN -> new Pager(size, height, top + Math.max(1, height - 1));   // keep one line of context
            case PAGE_UP -> new Pager(size, height, top - Math.max(1, height - 1));
            case FIRST -> new Pager(size, height, 0);
            case LAST -> new Pager(size, height, size);
            default -> null;
        };
    }

    /**
     * The position for the top line, as {@code less} reads it: "All" when the whole text is on
     * screen, "Top" at the start of a longer one, else how far down the bottom line of the screen
     * is, in percent (100% at the end).
     */
    String position(Locale locale) {
        if (size <= height) return Messages.ALL.format(locale);
        if (top == 0) return Messages.TOP.format(locale);
        return percent() + "%";
    }

    /** How far down the text the bottom of the screen is, 0-100. */
    int percent() {
        if (size <= height) return 100;
        return (int) Math.min(100, (long) (top + height) * 100 / size);
    }
}
