package dev.kiosque.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.kiosque.text.DisplayWidth;
import dev.kiosque.text.Graphemes;
import dev.kiosque.text.PlainText;
import dev.kiosque.text.Truncate;
import dev.kiosque.tui.FrameRows.Write;
import dev.kiosque.tui.Theme.Look;
import dev.kiosque.tui.Theme.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws one frame: text cut to a width measured by {@link DisplayWidth} and padded with blanks,
 * so that every cell of a row is written and nothing of the previous frame survives. Writes are
 * recorded and drawn by {@link #finish}, which skips the rows that were drawn from the same writes
 * last frame ({@link FrameRows}). Every string
 * is sanitised first: a control character in a feed title would make Lanterna throw (C0) or reach
 * the terminal (C1), and a line break would cut the string.
 */
final class Canvas {

    private static final char STAND_IN = '\uFFFD';
    /** Single characters below this (Latin, Greek, Cyrillic, Arabic, punctuation) are cached. */
    private static final char CACHED = 0x2100;
    /** Marks a cached character that is not drawn as itself in one column. */
    private static final TextCharacter NOT_SIMPLE = TextCharacter.fromCharacter(STAND_IN)[0];
    /**
     * The Lanterna character of each simple one-column character in each look, made once: a frame
     * draws some 3 000 cells, and making each anew was a third of the time of a step down a list.
     */
    private static final Map<Look, TextCharacter[]> SIMPLE = new ConcurrentHashMap<>();

    private static final TextCharacter BLANK = TextCharacter.DEFAULT_CHARACTER;

    private final TextGraphics graphics;
    private final Theme theme;
    private final int width;
    private final int height;
    private final FrameRows shown;
    /** This frame's writes, per row; drawn by {@link #finish}. */
    private final List<Write>[] writes;

    /**
     * A frame of {@code width} x {@code height} cells drawn through {@code graphics} when it is
     * {@link #finish finished}; {@code shown} remembers what the rows were drawn from.
     */
    @SuppressWarnings("unchecked")
    Canvas(TextGraphics graphics, Theme theme, int width, int height, FrameRows shown) {
        this.graphics = graphics;
        this.theme = theme;
        this.width = width;
        this.height = height;
        this.shown = shown;
        shown.size(width, height);
        this.writes = (List<Write>[]) new List<?>[Math.max(0, height)];
        blank();
    }

    /** Something that scrolls rows of the back buffer (see {@link FrameScreen#shiftBack}). */
    interface Shifter {
        void shift(int first, int last, int distance);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Theme theme() {
        return theme;
    }

    /** Blanks the whole frame; unlike Screen.clear() this does not force a full repaint. */
    void blank() {
        for (int row = 0; row < writes.length; row++) writes[row] = new ArrayList<>();
    }

    /**
     * Draws the frame into the back buffer: only the rows whose writes differ from the last
     * frame's, and in them only the writes that changed when the others cover the same cells
     * (else the row is blanked and drawn whole). When the rows {@code first..last} have moved as a whole, the
     * back buffer is scrolled by {@code shifter} (if any) before.
     */
    void finish(Shifter shifter, int first, int last) {
        if (shifter != null && first >= 0 && last < height) {
            int distance = shown.bestShift(writes, first, last);
            if (distance != 0) {
                shifter.shift(first, last, distance);
                shown.shift(first, last, distance);
            }
        }
        for (int row = 0; row < height; row++) {
            List<Write> w = writes[row];
            List<Write> before = shown.writes(row);
            if (w.equals(before)) continue;                     // fast path: the back buffer holds it
            if (sameCells(before, w)) {
                // Each write fills its own cells and nothing else: draw only those that changed
                // (the selection bar moving, the sections column beside a scrolled list).
                for (int i = 0; i < w.size(); i++) if (!w.get(i).equals(before.get(i))) replay(w.get(i), row);
            } else {
                for (int x = 0; x < width; x++) graphics.setCharacter(x, row, BLANK);
                for (Write each : w) replay(each, row);
            }
            shown.drawn(row, w);
        }
    }

    private void replay(Write w, int row) {
        putClean(w.col(), row, w.cells(), w.laidOut() ? keepSpaces(w.text()) : PlainText.line(w.text()), w.look());
    }

    /**
     * True when both rows (the first may be unknown: null) are made of writes over the same
     * cells, left to right without overlapping: then a write that is the same in both already
     * shows in the back buffer.
     */
    private boolean sameCells(List<Write> before, List<Write> now) {
        if (before == null || before.size() != now.size()) return false;
        int end = 0;
        for (int i = 0; i < now.size(); i++) {
            Write a = before.get(i);
            Write b = now.get(i);
            if (a.col() != b.col() || a.cells() != b.cells() || b.col() < end) return false;
            end = Math.min(width, b.col() + b.cells());
        }
        return true;
    }

    /** Writes {@code text} at (col, row) in exactly {@code cells} columns; returns the column after it. */
    int put(int col, int row, int cells, String text, Role role) {
        return put(col, row, cells, text, theme.look(role));
    }

    int put(int col, int row, int cells, String text, Look look) {
        return write(col, row, cells, text, look, false);
    }

    /**
     * Writes a line laid out by the renderer: sanitised but with its spaces kept, since they
     * carry indentation and table columns.
     */
    int putLaidOut(int col, int row, int cells, String text, Role role) {
        return write(col, row, cells, text, theme.look(role), true);
    }

    /** Records a write for {@link #finish}; returns the column after it, as drawing it would. */
    private int write(int col, int row, int cells, String text, Look look, boolean laidOut) {
        if (row < 0 || row >= height || cells <= 0) return col;
        writes[row].add(new Write(col, cells, text, look, laidOut));
        return Math.min(width, col + cells);
    }

    private void putClean(int col, int row, int cells, String clean, Look look) {
        int end = Math.min(width, col + cells);
        String fitted = Truncate.cut(clean, end - col);
        TextCharacter[] simples = simples(look);      // once per write: a Look's hash is not free
        int x = col;
        for (int i = 0; i < fitted.length() && x < end; ) {
            int next = Graphemes.next(fitted, i);
            x += draw(x, row, fitted, i, next, look, simples);
            i = next;
        }
        TextCharacter blank = simple(' ', look, simples);
        for (; x < end; x++) graphics.setCharacter(x, row, blank);
    }

    /**
     * {@code text} on one line (sanitised, whitespace collapsed) no wider than {@code cells},
     * ending with an ellipsis when it had to be cut.
     */
    static String fit(String text, int cells) {
        return Truncate.cut(PlainText.line(text), Math.max(0, cells));
    }

    /** Sanitised, every remaining control character (tab, line break) a space, spaces kept. */
    static String keepSpaces(String text) {
        String clean = PlainText.sanitize(text == null ? "" : text);
        StringBuilder out = new StringBuilder(clean.length());
        clean.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString();
    }

    /**
     * Draws the grapheme cluster {@code s[start, end)} and returns the columns it took, which is
     * always its {@link DisplayWidth}: the terminal and Lanterna must agree on where every later
     * character goes. Should the stand-in table ever be full, U+FFFD of the right width is drawn.
     */
    private int draw(int x, int row, String s, int start, int end, Look look, TextCharacter[] simples) {
        char first = s.charAt(start);
        if (end == start + 1 && first >= ' ' && first < CACHED) {
            TextCharacter simple = simple(first, look, simples);
            if (simple != NOT_SIMPLE) {                 // fast path: one column, drawn as itself
                graphics.setCharacter(x, row, simple);
                return 1;
            }
        }
        int w = DisplayWidth.ofCluster(s, start, end);
        if (w == 0) return 0;                       // a lone mark or format character: nothing to draw
        if (x + w > width) return width - x;
        TextCharacter c = glyph(s.substring(start, end), w, look);
        if (c == null) {
            c = TextCharacter.fromCharacter(STAND_IN, look.fg(), look.bg(), look.modifiers())[0];
            graphics.setCharacter(x, row, c);
            if (w == 2) graphics.setCharacter(x + 1, row, c.withCharacter(' '));
            return w;
        }
        graphics.setCharacter(x, row, c);
        return w;
    }

    /**
     * The character {@code c} (below {@link #CACHED}) as {@link #draw} would make it when it is one
     * column wide and drawn as itself, else {@link #NOT_SIMPLE}. Decided once per look by the same
     * code as the general path; stand-ins are never cached (their table is filled as needed).
     */
    private static TextCharacter simple(char c, Look look, TextCharacter[] table) {
        TextCharacter t = table[c];
        if (t == null) {
            String one = String.valueOf(c);
            TextCharacter g = DisplayWidth.ofCluster(one, 0, 1) == 1 ? glyph(one, 1, look) : null;
            t = g != null && one.equals(g.getCharacterString()) ? g : NOT_SIMPLE;
            table[c] = t;
        }
        return t;
    }

    /** The table of {@link #simple} characters of one look. */
    private static TextCharacter[] simples(Look look) {
        return SIMPLE.computeIfAbsent(look, l -> new TextCharacter[CACHED]);
    }

    /**
     * A Lanterna character for the cluster that Lanterna will also count as {@code w} columns, or
     * null when the stand-in table is full. A single BMP character whose width Lanterna guesses
     * right is drawn as itself; anything else (emoji, flags, clusters with marks, characters
     * outside the BMP, or a wide character Lanterna thinks narrow) becomes a {@link Glyphs}
     * stand-in that the terminal expands back to the cluster.
     */
    private static TextCharacter glyph(String cluster, int w, Look look) {
        if (cluster.length() == 1 && !Glyphs.isPrivate(cluster.charAt(0))) {
            TextCharacter c = TextCharacter.fromCharacter(cluster.charAt(0), look.fg(), look.bg(), look.modifiers())[0];
            if (columns(c) == w) return c;
        }
        String standIn = Glyphs.standIn(cluster, w);
        if (standIn == null) return null;
        return TextCharacter.fromString(standIn, look.fg(), look.bg(), look.modifiers())[0];
    }

    private static int columns(TextCharacter c) {
        return c.isDoubleWidth() ? 2 : 1;
    }
}
