package dev.kiosque.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.kiosque.text.DisplayWidth;
import dev.kiosque.text.Graphemes;
import dev.kiosque.text.PlainText;
import dev.kiosque.text.Truncate;
import dev.kiosque.tui.Theme.Look;
import dev.kiosque.tui.Theme.Role;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws one frame: text cut to a width measured by {@link DisplayWidth} and padded with blanks,
 * so that every cell of a row is written and nothing of the previous frame survives. Every string
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

    private final TextGraphics graphics;
    private final Theme theme;
    private final int width;
    private final int height;

    Canvas(TextGraphics graphics, Theme theme, int width, int height) {
        this.graphics = graphics;
        this.theme = theme;
        this.width = width;
        this.height = height;
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
        graphics.setForegroundColor(TextColor.ANSI.DEFAULT);
        graphics.setBackgroundColor(TextColor.ANSI.DEFAULT);
        graphics.clearModifiers();
        graphics.fill(' ');
    }

    /** Writes {@code text} at (col, row) in exactly {@code cells} columns; returns the column after it. */
    int put(int col, int row, int cells, String text, Role role) {
        return put(col, row, cells, text, theme.look(role));
    }

    int put(int col, int row, int cells, String text, Look look) {
        return putClean(col, row, cells, PlainText.line(text), look);
    }

    /**
     * Writes a line laid out by the renderer: sanitised but with its spaces kept, since they
     * carry indentation and table columns.
     */
    int putLaidOut(int col, int row, int cells, String text, Role role) {
        return putClean(col, row, cells, keepSpaces(text), theme.look(role));
    }

    private int putClean(int col, int row, int cells, String clean, Look look) {
        if (row < 0 || row >= height || cells <= 0) return col;
        int end = Math.min(width, col + cells);
        String fitted = Truncate.cut(clean, end - col);
        int x = col;
        for (int i = 0; i < fitted.length() && x < end; ) {
            int next = Graphemes.next(fitted, i);
            x += draw(x, row, fitted, i, next, look);
            i = next;
        }
        TextCharacter blank = simple(' ', look);
        for (; x < end; x++) graphics.setCharacter(x, row, blank);
        return end;
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
    private int draw(int x, int row, String s, int start, int end, Look look) {
        char first = s.charAt(start);
        if (end == start + 1 && first >= ' ' && first < CACHED) {
            TextCharacter simple = simple(first, look);
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
    private static TextCharacter simple(char c, Look look) {
        TextCharacter[] table = SIMPLE.computeIfAbsent(look, l -> new TextCharacter[CACHED]);
        TextCharacter t = table[c];
        if (t == null) {
            String one = String.valueOf(c);
            TextCharacter g = DisplayWidth.ofCluster(one, 0, 1) == 1 ? glyph(one, 1, look) : null;
            t = g != null && one.equals(g.getCharacterString()) ? g : NOT_SIMPLE;
            table[c] = t;
        }
        return t;
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
