package dev.kiosque.tui;

import java.io.IOException;

/**
 * A terminal that takes escape sequences as they are, for {@link AnsiWriter}: Lanterna's own
 * terminal API has no relative cursor moves, no erase in line and one escape per attribute.
 */
interface RawOutput {

    /** Writes {@code bytes} unchanged (inside a frame, into the frame's one write). */
    void writeRaw(byte[] bytes) throws IOException;

    /** Raw bytes put the cursor at (column, row): the cell writer must know it (see {@link CellWriter}). */
    void cursorMoved(int column, int row);
}
