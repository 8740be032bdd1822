package dev.kiosque.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;

/**
 * Lanterna's screen with a cheaper delta refresh, and terminal scrolling when a list moves by a
 * row or two.
 *
 * <p>The delta writes the cells of {@code TerminalScreen}'s own (one cell more where a wide
 * character overwrites half of another), without its per-frame {@code TreeMap} of changed cells
 * and its copy of each cell's modifiers. On a terminal that takes raw escapes ({@link RawOutput})
 * they go out through {@link CompactDelta}: short moves, only the SGR changes that show, erase in
 * line. Else, and in the tests that compare bytes with Lanterna's, through {@link PlainDelta}.
 *
 * <p>Scrolling: when the rows the UI marked as scrollable ({@link #scrollable}) match the last
 * frame's rows shifted by one to three rows, and that saves enough, the terminal is told to
 * scroll them and only the rows that differ after the shift are written. The scroll region is
 * those rows; it is set with the first frame and every full repaint and kept until the screen
 * stops, so a scroll is a move and an index at the bottom margin or a reverse index at the top
 * one (VT100: xterm, tmux, screen and the Linux console all scroll the same way). The colours are
 * made plain first because most terminals fill the new blank row with the current background.
 * On a terminal that is not an ANSI one (the tests' virtual terminal) the delta alone is used.
 */
final class FrameScreen extends TerminalScreen {

    /** The farthest shift tried: one key, or a few keys of a key repeat drained into one frame. */
    private static final int MAX_SHIFT = 3;
    /** Cells a scroll must save to be worth its escape sequences (about 25 bytes). */
    private static final int SCROLL_WORTH = 32;
    /** No character below this one is double width for Lanterna (Hangul Jamo start here). */
    private static final char FIRST_WIDE = 0x1100;

    private boolean started;
    private boolean scrolling;
    private int firstScrollable = -1;
    private int lastScrollable = -1;
    /** The shift of the back buffer this frame, tried first (0: none). */
    private int hint;
    /** Whether the terminal shows the cursor since our last refresh; null when not known. */
    private Boolean cursorVisible;
    /** The escapes of the compact refresh; null when the terminal takes no raw ones. */
    private final AnsiWriter writer;
    private final CompactDelta compact;
    private final PlainDelta plain;

    FrameScreen(Terminal terminal) throws IOException {
        super(terminal);
        this.scrolling = terminal instanceof ANSITerminal;
        this.writer = terminal instanceof ANSITerminal && terminal instanceof RawOutput
                ? new AnsiWriter((Terminal & RawOutput) terminal) : null;
        this.compact = writer == null ? null : new CompactDelta(writer);
        this.plain = new PlainDelta(terminal);
    }

    /**
     * Whether scrolling and the compact escapes ({@link CompactDelta}) are used at all; without
     * them the bytes are Lanterna's own delta refresh's (the tests compare the two).
     */
    void setScrolling(boolean value) {
        scrolling = value && getTerminal() instanceof ANSITerminal;
    }

    /**
     * The rows that the next delta refresh may scroll, inclusive; the rows outside (title and
     * status line) never move. A negative {@code first} allows none.
     */
    void scrollable(int first, int last) {
        firstScrollable = first;
        lastScrollable = last;
    }

    /**
     * Scrolls rows {@code first..last} of the back buffer (the frame being drawn) by
     * {@code distance} rows, positive up, blank rows coming in: the rows that only moved need not
     * be drawn again, and the next refresh scrolls the terminal the same way when that is worth it.
     */
    void shiftBack(int first, int last, int distance) {
        getBackBuffer().scrollLines(first, last, distance);
        hint = distance;
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen();
        started = true;
        cursorVisible = null;
        if (writer != null) writer.forgetAll();
    }

    @Override
    public synchronized void stopScreen(boolean flushInput) throws IOException {
        if (started && compact()) writer.resetRegion();     // the shell (or the pager) gets the whole screen
        super.stopScreen(flushInput);
        started = false;
    }

    @Override
    public synchronized void refresh(RefreshType type) throws IOException {
        if (type != RefreshType.DELTA || !started) {
            // A full repaint sets the scroll region again (before it: setting one homes the
            // cursor): after a resize the terminal may or may not have reset it, and no step
            // should pay for it later.
            if (started && compact()) {
                writer.forgetAll();
                region();
            }
            super.refresh(type);
            cursorVisible = null;
            if (writer != null) writer.forget();
            return;
        }
        if (compact()) {
            writer.frame(getTerminalSize().getColumns());
            if (!writer.knowsRegion()) region();          // the first frame, which writes every row anyway
            int at = scroll();
            compact.write(getBackBuffer(), getFrontBuffer(), getTerminalSize().getColumns(), getTerminalSize().getRows(), at);
        } else {
            scroll();
            plain.write(getBackBuffer(), getFrontBuffer(), getTerminalSize());
        }
        getBackBuffer().copyTo(getFrontBuffer());
        placeCursor();
        getTerminal().flush();
    }

    /** Whether the compact escapes and the kept scroll region are used. */
    private boolean compact() {
        return scrolling && writer != null;
    }

    /** Sets the terminal's scroll region to the rows that may scroll, or gives it the whole screen. */
    private void region() throws IOException {
        int last = Math.min(lastScrollable, getTerminalSize().getRows() - 1);
        if (firstScrollable >= 0 && last - firstScrollable >= 2 * MAX_SHIFT) writer.region(firstScrollable, last);
        else writer.resetRegion();
    }

    /** TerminalScreen's cursor handling after a refresh. */
    private void placeCursor() throws IOException {
        Terminal terminal = getTerminal();
        TerminalPosition cursor = getCursorPosition();
        Boolean visible = cursor != null;
        if (!visible.equals(cursorVisible)) {        // the terminal keeps it: say it only when it changes
            terminal.setCursorVisible(visible);
            cursorVisible = visible;
        }
        if (cursor == null) return;
        // On the padding of a wide character, put it on the character itself.
        int column = cursor.getColumn();
        if (column > 0 && getFrontBuffer().getCharacterAt(cursor.withRelativeColumn(-1)).isDoubleWidth()) column--;
        terminal.setCursorPosition(column, cursor.getRow());
        if (writer != null) writer.cursorAt(column, cursor.getRow());
    }

    /**
     * Scrolls the terminal and the front buffer when that saves enough cells; returns the row the
     * cursor was left on (where rows came in), or -1.
     */
    private int scroll() throws IOException {
        int hinted = hint;
        hint = 0;
        if (!scrolling || firstScrollable < 0) return -1;
        TerminalSize size = getTerminalSize();
        int first = firstScrollable;
        int last = Math.min(lastScrollable, size.getRows() - 1);
        firstScrollable = -1;
        if (last - first < 2 * MAX_SHIFT) return -1;
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        int columns = size.getColumns();
        // The shift the back buffer had first: once it is known to be good, the others stop
        // counting after a row or so. A shift's score is its cells plus the price of scrolling.
        // Others are tried too: with the sections column beside a list, the rows do not match
        // as a whole for the canvas, but most of their cells do.
        int[] shifts = {hinted, 0, 1, -1, 2, -2, 3, -3};
        int bestScore = Integer.MAX_VALUE;
        int shift = 0;
        for (int i = 0; i < shifts.length; i++) {
            int s = shifts[i];
            if (i > 0 && s == hinted || Math.abs(s) > MAX_SHIFT) continue;
            int price = s == 0 ? 0 : SCROLL_WORTH;
            int limit = bestScore == Integer.MAX_VALUE ? Integer.MAX_VALUE : bestScore - price;
            int cost = Shift.cost(back, front, first, last, columns, s, limit);
            if (cost < limit) {
                bestScore = cost + price;
                shift = s;
            }
        }
        if (shift == 0) return -1;
        front.scrollLines(first, last, shift);
        if (writer == null) {
            ANSITerminal terminal = (ANSITerminal) getTerminal();
            terminal.resetColorAndSGR();          // the new blank rows take the current background
            terminal.scrollLines(first, last, shift);
            return -1;
        }
        // The cursor is left where the first cell of the row that came in will be written.
        int at = shift > 0 ? last : first;
        int column = 0;
        while (column < columns && back.getCharacterAt(column, at).equals(front.getCharacterAt(column, at))) column++;
        writer.scroll(first, last, shift, column < columns ? column : 0);
        return at;
    }


    /**
     * Fills {@code row} (all null on entry) with the cells of row {@code y} to write, by column;
     * false when there are none.
     */
    static boolean changes(ScreenBuffer back, ScreenBuffer front, int y, int columns, TextCharacter[] row) {
        boolean any = false;
        for (int x = 0; x < columns; x++) {
            TextCharacter b = back.getCharacterAt(x, y);
            TextCharacter f = front.getCharacterAt(x, y);
            if (b != f && !b.equals(f)) {
                row[x] = b;
                any = true;
            }
            if (isWide(b)) {
                // Written over the left half of another wide character, it makes the terminal
                // blank that one's right half, which the front buffer still believes in
                // (Lanterna's own delta forgets this): write that cell again.
                if (row[x] != null && x + 2 < columns && isWide(front.getCharacterAt(x + 1, y))) {
                    row[x + 2] = back.getCharacterAt(x + 2, y);
                }
                x++;                                        // its padding
            } else if (isWide(f) && x + 1 < columns) {
                row[x + 1] = f.withCharacter(' ');          // the right half of a wide character goes away
                any = true;
            }
        }
        return any;
    }

    /**
     * {@link TextCharacter#isDoubleWidth}, answered at once for a single character below U+1100
     * (the first wide one): Lanterna looks each one up in the Unicode block table, twice per cell
     * of every frame.
     */
    static boolean isWide(TextCharacter c) {
        String s = c.getCharacterString();
        if (s.length() == 1 && s.charAt(0) < FIRST_WIDE) return false;
        return c.isDoubleWidth();
    }

    /** How many cells of a region differ between two frames when the old one is shifted. */
    static final class Shift {

        /** About the bytes of a cursor move and a colour change, in cells (a cell is a byte or two). */
        static final int JUMP = 10;

        private Shift() {}

        /**
         * The cells of rows {@code first..last} of {@code back} that differ from {@code front}
         * scrolled by {@code shift} rows (positive: up; the rows scrolled in are blank), and
         * {@link #JUMP} more for each run of them (the cursor moves there), counting no further
         * than {@code limit}. Rows that differ by a digit or two (numbered titles) are then not
         * cheaper than a scroll when each costs a move.
         */
        static int cost(ScreenBuffer back, ScreenBuffer front, int first, int last, int columns, int shift, int limit) {
            int cost = 0;
            for (int y = first; y <= last && cost < limit; y++) {
                int from = y + shift;
                boolean inside = from >= first && from <= last;
                boolean run = false;
                for (int x = 0; x < columns; x++) {
                    TextCharacter b = back.getCharacterAt(x, y);
                    TextCharacter f = inside ? front.getCharacterAt(x, from) : TextCharacter.DEFAULT_CHARACTER;
                    boolean changed = b != f && !b.equals(f);
                    if (changed) cost += run ? 1 : 1 + JUMP;
                    run = changed;
                }
            }
            return cost;
        }
    }
}
