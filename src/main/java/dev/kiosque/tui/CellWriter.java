package dev.kiosque.tui;

import com.googlecode.lanterna.TextCharacter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns the cells Lanterna's screen writes into the terminal's bytes: one UTF-8 string per cell,
 * stand-ins expanded ({@link Glyphs}). It follows the cursor as Lanterna moves it, because
 * terminals disagree about the width of emoji sequences (tmux 3.3 draws 👍🏾 four columns wide,
 * most modern terminals two): after a cluster of several code points it moves the cursor to
 * where Lanterna believes it is, so that whatever the terminal did, the rest of the row lines up.
 */
final class CellWriter {

    private static final char DEL = 0x7F;

    private int column;
    private int row;

    /** Lanterna moved the cursor. */
    void moved(int newColumn, int newRow) {
        column = newColumn;
        row = newRow;
    }

    /** The bytes for one cell's string (or any string Lanterna puts), advancing the cursor as Lanterna does. */
    byte[] bytes(String cell) {
        if (cell.length() == 1 && cell.charAt(0) >= ' ' && cell.charAt(0) < DEL) {
            column++;                                   // fast path: printable ASCII, most cells of a frame
            return new byte[] {(byte) cell.charAt(0)};
        }
        String shown = Glyphs.expand(cell);
        ByteArrayOutputStream out = new ByteArrayOutputStream(shown.length() * 3 + 8);
        StringBuilder text = new StringBuilder(shown.length());
        shown.codePoints().filter(c -> !Character.isISOControl(c)).forEach(text::appendCodePoint);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        column += columns(cell);
        if (text.codePointCount(0, text.length()) > 1 && !shown.equals(cell)) {
            // ESC [ row ; col H, one-based: put the cursor where the next cell starts.
            out.writeBytes(("\u001b[" + (row + 1) + ";" + (column + 1) + "H").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** The columns Lanterna advances for {@code s}: its TextCharacters' widths. */
    private static int columns(String s) {
        int n = 0;
        try {
            for (TextCharacter c : TextCharacter.fromString(s)) n += c.isDoubleWidth() ? 2 : 1;
        } catch (IllegalArgumentException e) {
            n = s.length();    // a control character: Lanterna's own screen never sends one
        }
        return n;
    }
}
