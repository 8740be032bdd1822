package dev.kiosque.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.kiosque.text.DisplayWidth;
import dev.kiosque.text.PlainText;
import dev.kiosque.tui.Theme.Look;
import dev.kiosque.tui.Theme.Role;

/**
 * Draws one frame: text cut to a width measured by {@link DisplayWidth} and padded with blanks,
 * so that every cell of a row is written and nothing of the previous frame survives. Every string
 * is sanitised first: a control character in a feed title would make Lanterna throw (C0) or reach
 * the terminal (C1), and a line break would cut the string.
 */
final class Canvas {

    static final String ELLIPSIS = "…";
    private static final char STAND_IN = '\uFFFD';

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
        if (row < 0 || row >= height || cells <= 0) return col;
        int end = Math.min(width, col + cells);
        String fitted = fit(text, end - col);
        int x = col;
        for (int i = 0; i < fitted.length() && x < end; ) {
            int cp = fitted.codePointAt(i);
            i += Character.charCount(cp);
            x += draw(x, row, cp, look);
        }
        TextCharacter blank = TextCharacter.fromCharacter(' ', look.fg(), look.bg(), look.modifiers())[0];
        for (; x < end; x++) graphics.setCharacter(x, row, blank);
        return end;
    }

    /**
     * {@code text} on one line (sanitised, whitespace collapsed) no wider than {@code cells},
     * ending with an ellipsis when it had to be cut.
     */
    static String fit(String text, int cells) {
        String line = PlainText.line(text == null ? "" : text);
        if (cells <= 0) return "";
        if (DisplayWidth.of(line) <= cells) return line;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > cells - 1) break;     // keep one column for the ellipsis
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append(ELLIPSIS).toString();
    }

    /** Right-pads (or cuts) {@code text} to exactly {@code cells} columns. */
    static String pad(String text, int cells) {
        String fitted = fit(text, cells);
        return fitted + " ".repeat(Math.max(0, cells - DisplayWidth.of(fitted)));
    }

    /** Draws one code point; returns the columns it took. */
    private int draw(int x, int row, int cp, Look look) {
        int w = DisplayWidth.of(cp);
        if (w == 0) return 0;                       // combining and format characters: not drawn alone
        if (x + w > width) return 1;
        TextCharacter c = TextCharacter.fromString(new String(Character.toChars(cp)), look.fg(), look.bg(),
                look.modifiers())[0];
        if ((c.isDoubleWidth() ? 2 : 1) != w) {
            // Lanterna would place this glyph differently from the terminal (e.g. a non-CJK astral
            // letter, or a BMP emoji): draw a stand-in of the width the terminal uses instead.
            c = TextCharacter.fromCharacter(STAND_IN, look.fg(), look.bg(), look.modifiers())[0];
            graphics.setCharacter(x, row, c);
            if (w == 2) graphics.setCharacter(x + 1, row, c.withCharacter(' '));
            return w;
        }
        graphics.setCharacter(x, row, c);
        return w;
    }
}
