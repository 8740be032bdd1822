package dev.kiosque.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.ScreenBuffer;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@link FrameScreen}'s delta refresh on a terminal that takes raw escapes: the same cells as
 * Lanterna's delta, written through an {@link AnsiWriter} (short moves, only the SGR changes
 * that show), a run of plain blanks at either end of a row erased in one sequence, and a short
 * gap between two changed cells written over instead of jumped.
 */
final class CompactDelta {

    /** Changed blanks an erase in line must cover to be worth its 3 or 4 bytes and a move. */
    private static final int ERASE_WORTH = 6;
    /** Unchanged cells written over rather than jumped (a jump costs 3 to 8 bytes). */
    private static final int GAP = 2;
    private static final char DEL = 0x7F;

    private final AnsiWriter out;
    private TextCharacter[] row = new TextCharacter[0];
    /** Each distinct cell's modifiers, asked once per frame ({@code getModifiers} copies them). */
    private final Map<TextCharacter, EnumSet<SGR>> modifiers = new IdentityHashMap<>();

    CompactDelta(AnsiWriter out) {
        this.out = out;
    }

    /**
     * Writes every cell of {@code back} that differs from {@code front}: top to bottom, or after
     * a scroll from row {@code firstRow} (where it left the cursor; -1: none) outwards, the row
     * above before the row below. After a scroll the rows that changed are the new one and
     * its neighbour, where the selection bar was: written one after the other, the second goes
     * on with the colours the first ended with.
     */
    void write(ScreenBuffer back, ScreenBuffer front, int columns, int rows, int firstRow) throws IOException {
        if (row.length < columns) row = new TextCharacter[columns];
        modifiers.clear();
        if (firstRow < 0 || firstRow >= rows) {
            for (int y = 0; y < rows; y++) writeRow(back, front, y, columns);
            return;
        }
        writeRow(back, front, firstRow, columns);
        for (int d = 1; d < rows; d++) {
            if (firstRow - d >= 0) writeRow(back, front, firstRow - d, columns);
            if (firstRow + d < rows) writeRow(back, front, firstRow + d, columns);
        }
    }

    private void writeRow(ScreenBuffer back, ScreenBuffer front, int y, int columns) throws IOException {
        if (!FrameScreen.changes(back, front, y, columns, row)) return;
        int lead = 0;
        while (lead < columns && AnsiWriter.isErasable(back.getCharacterAt(lead, y))) lead++;
        if (count(0, lead) >= ERASE_WORTH) {
            out.moveTo(lead - 1, y);
            out.eraseLeft();
            Arrays.fill(row, 0, lead, null);
        }
        int trail = columns;
        while (trail > lead && AnsiWriter.isErasable(back.getCharacterAt(trail - 1, y))) trail--;
        if (trail > 0 && trail < columns && FrameScreen.isWide(back.getCharacterAt(trail - 1, y))) trail++;   // its padding
        int erase = count(trail, columns) >= ERASE_WORTH ? trail : columns;
        for (int x = 0; x < columns; x++) {
            TextCharacter c = row[x];
            if (c == null) continue;
            if (x >= erase) {
                out.moveTo(x, y);                   // the cells from the run's start to here are blank already
                out.eraseRight();
                Arrays.fill(row, x, columns, null);
                return;
            }
            row[x] = null;
            reach(back, x, y);
            out.put(c, modifiersOf(c), FrameScreen.isWide(c));
        }
    }

    /** Puts the cursor at (x, y): over a short gap of unchanged ASCII cells by writing them again. */
    private void reach(ScreenBuffer back, int x, int y) throws IOException {
        if (out.isAt(x, y)) return;
        for (int g = 1; g <= GAP; g++) {
            if (!out.isAt(x - g, y)) continue;
            for (int i = x - g; i < x; i++) {
                TextCharacter c = back.getCharacterAt(i, y);
                String s = c.getCharacterString();
                if (s.length() != 1 || s.charAt(0) < ' ' || s.charAt(0) >= DEL || !out.fits(c, modifiersOf(c))) {
                    out.moveTo(x, y);
                    return;
                }
            }
            for (int i = x - g; i < x; i++) {
                TextCharacter c = back.getCharacterAt(i, y);
                out.put(c, modifiersOf(c), false);
            }
            return;
        }
        out.moveTo(x, y);
    }

    private int count(int from, int to) {
        int n = 0;
        for (int x = from; x < to; x++) if (row[x] != null) n++;
        return n;
    }

    private EnumSet<SGR> modifiersOf(TextCharacter c) {
        return modifiers.computeIfAbsent(c, TextCharacter::getModifiers);
    }
}
