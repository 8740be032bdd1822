package dev.kiosque.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@link FrameScreen}'s delta refresh with Lanterna's own escapes, for a terminal that takes no
 * raw ones (and for the tests that compare the bytes with Lanterna's): the cells of
 * {@code TerminalScreen}'s delta, without its per-frame {@code TreeMap} of changed cells and its
 * copy of each cell's modifiers.
 */
final class PlainDelta {

    private static final SGR[] ALL_SGR = SGR.values();

    private final Terminal terminal;
    /** The changes of one row, by column: reused from frame to frame. */
    private TextCharacter[] row = new TextCharacter[0];
    /** Each distinct cell's modifiers, asked once per frame ({@code getModifiers} copies them). */
    private final Map<TextCharacter, EnumSet<SGR>> modifiers = new IdentityHashMap<>();

    PlainDelta(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * TerminalScreen.refreshByDelta, streamed row by row: the same cells in the same order with
     * the same escapes, so the same bytes.
     */
    void write(ScreenBuffer back, ScreenBuffer front, TerminalSize size) throws IOException {
        int columns = size.getColumns();
        if (row.length < columns) row = new TextCharacter[columns];
        modifiers.clear();
        boolean first = true;
        int atColumn = 0;
        int atRow = 0;
        TextColor fg = null;
        TextColor bg = null;
        EnumSet<SGR> sgr = null;
        for (int y = 0; y < size.getRows(); y++) {
            if (!FrameScreen.changes(back, front, y, columns, row)) continue;
            for (int x = 0; x < columns; x++) {
                TextCharacter c = row[x];
                if (c == null) continue;
                row[x] = null;
                if (first) {
                    first = false;
                    terminal.setCursorPosition(x, y);
                    sgr = EnumSet.copyOf(modifiersOf(c));
                    terminal.resetColorAndSGR();
                    for (SGR s : sgr) terminal.enableSGR(s);
                    fg = c.getForegroundColor();
                    bg = c.getBackgroundColor();
                    terminal.setForegroundColor(fg);
                    terminal.setBackgroundColor(bg);
                } else if (x != atColumn || y != atRow) {
                    terminal.setCursorPosition(x, y);
                }
                atColumn = x;
                atRow = y;
                if (!fg.equals(c.getForegroundColor())) {
                    fg = c.getForegroundColor();
                    terminal.setForegroundColor(fg);
                }
                if (!bg.equals(c.getBackgroundColor())) {
                    bg = c.getBackgroundColor();
                    terminal.setBackgroundColor(bg);
                }
                EnumSet<SGR> wanted = modifiersOf(c);
                if (!wanted.equals(sgr)) {
                    for (SGR s : ALL_SGR) {
                        if (sgr.contains(s) && !wanted.contains(s)) {
                            terminal.disableSGR(s);
                            sgr.remove(s);
                        } else if (!sgr.contains(s) && wanted.contains(s)) {
                            terminal.enableSGR(s);
                            sgr.add(s);
                        }
                    }
                }
                terminal.putString(c.getCharacterString());
                atColumn += FrameScreen.isWide(c) ? 2 : 1;
            }
        }
    }
    private EnumSet<SGR> modifiersOf(TextCharacter c) {
        return modifiers.computeIfAbsent(c, TextCharacter::getModifiers);
    }
}
