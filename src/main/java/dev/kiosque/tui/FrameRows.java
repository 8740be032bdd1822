package dev.kiosque.tui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What each row of the last frame was drawn from, kept by the UI from frame to frame: a row whose
 * writes are the same as last time already holds the right cells in the back buffer and is not
 * drawn again, and when the rows of a list have only moved up or down (one step past the edge of
 * the screen) the back buffer is scrolled instead. A step down a list then draws two or three
 * rows instead of the whole screen.
 *
 * <p>Pure bookkeeping, no terminal: {@link Canvas} records, compares and draws.
 */
final class FrameRows {

    /** The farthest shift looked for: one key, or a few keys of a key repeat drained into one frame. */
    static final int MAX_SHIFT = 3;
    /** Rows a shift must save over no shift at all. */
    private static final int SHIFT_WORTH = 2;

    /** One write of a frame, as {@link Canvas} was asked for it. */
    record Write(int col, int cells, String text, Theme.Look look, boolean laidOut) {

        // Written out: a record's own equals and hashCode go through method handles, slow under
        // C1, and the rows of every frame are compared several times over.
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Write w && col == w.col && cells == w.cells && laidOut == w.laidOut
                    && Objects.equals(text, w.text) && look.equals(w.look);
        }

        @Override
        public int hashCode() {
            return (31 * col + cells) * 31 + Objects.hashCode(text);
        }
    }

    private int width = -1;
    private int height = -1;
    /** Per row, the writes of the last frame; null when the row's cells are not known. */
    private List<Write>[] last = newRows(0);

    @SuppressWarnings("unchecked")
    private static List<Write>[] newRows(int n) {
        return (List<Write>[]) new List<?>[n];
    }

    /** Forgets every row (after a resize, the back buffer no longer holds the last frame). */
    void forget() {
        Arrays.fill(last, null);
    }

    /** Starts a frame of this size; a new size forgets every row. */
    void size(int columns, int rows) {
        if (columns != width || rows != height) {
            width = columns;
            height = rows;
            last = newRows(Math.max(0, rows));
        }
    }

    /** True when {@code row} already shows {@code writes}. */
    boolean shows(int row, List<Write> writes) {
        return last[row] != null && last[row].equals(writes);
    }

    /** What {@code row} shows, or null when not known. */
    List<Write> writes(int row) {
        return last[row];
    }

    void drawn(int row, List<Write> writes) {
        last[row] = writes;
    }

    /**
     * The shift of rows {@code first..last} (positive: up) that makes the most of them equal to
     * {@code now}, or 0 when none is worth it.
     */
    int bestShift(List<Write>[] now, int first, int last) {
        if (last - first < 2 * MAX_SHIFT) return 0;
        int best = matches(now, first, last, 0) + SHIFT_WORTH;
        int shift = 0;
        for (int d = 1; d <= MAX_SHIFT; d++) {
            for (int s : new int[] {d, -d}) {
                int m = matches(now, first, last, s);
                if (m >= best) {
                    best = m + 1;
                    shift = s;
                }
            }
        }
        return shift;
    }

    private int matches(List<Write>[] now, int first, int last, int shift) {
        int n = 0;
        for (int y = first; y <= last; y++) {
            int from = y + shift;
            if (from >= first && from <= last && this.last[from] != null && Objects.equals(this.last[from], now[y])) n++;
        }
        return n;
    }

    /**
     * The rows moved as the back buffer's {@code scrollLines} moves them; the rows that came in
     * are not known (they are drawn).
     */
    void shift(int first, int last, int distance) {
        List<List<Write>> moved = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            int from = y + distance;
            moved.add(from >= first && from <= last ? this.last[from] : null);
        }
        for (int y = first; y <= last; y++) this.last[y] = moved.get(y - first);
    }
}
