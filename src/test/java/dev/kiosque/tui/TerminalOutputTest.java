package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bytes really written to the terminal (the virtual terminal never encodes, so it cannot see
 * them). Lanterna 3.1.5 alone writes a string char by char, so a character outside the BMP turns
 * into "??", and pads two-byte UTF-8 characters with a NUL.
 */
class TerminalOutputTest {

    /** An ANSI terminal of a fixed size writing cells the way {@link Utf8Terminal} does (that one needs stty). */
    static final class Recorder extends ANSITerminal implements RawOutput {
        final ByteArrayOutputStream out;
        private final TerminalSize size;

        Recorder(ByteArrayOutputStream out, TerminalSize size) {
            super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
            this.out = out;
            this.size = size;
        }

        static Recorder of(int columns, int rows) {
            return new Recorder(new ByteArrayOutputStream(), new TerminalSize(columns, rows));
        }

        /** Every write, as Lanterna made it (cleared by the tests that use it). */
        final java.util.List<byte[]> writes = new java.util.ArrayList<>();

        @Override
        protected void writeToTerminal(byte... bytes) throws IOException {
            writes.add(bytes.clone());
            super.writeToTerminal(bytes);
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return size;
        }

        private final CellWriter cells = new CellWriter();

        @Override
        public void writeRaw(byte[] bytes) throws IOException {
            writeToTerminal(bytes);
        }

        @Override
        public void cursorMoved(int column, int row) {
            cells.moved(column, row);
        }

        @Override
        public void setCursorPosition(int x, int y) throws IOException {
            super.setCursorPosition(x, y);
            cells.moved(x, y);
        }

        @Override
        public void setCursorPosition(TerminalPosition position) throws IOException {
            setCursorPosition(position.getColumn(), position.getRow());
        }

        @Override
        public void putString(String string) throws IOException {
            writeToTerminal(cells.bytes(string));
        }

        @Override
        public void putCharacter(char c) throws IOException {
            writeToTerminal(cells.bytes(String.valueOf(c)));
        }
    }

    static Ui start(FakeLibrary lib, Recorder terminal) throws IOException {
        return start(lib, terminal, false);
    }

    static Ui start(FakeLibrary lib, Recorder terminal, boolean color) throws IOException {
        TerminalScreen screen = new FrameScreen(terminal);
        screen.startScreen();
        Ui ui = new Ui(lib, new TuiOptions(color, Locale.ENGLISH, true, Map.of()), screen, Runnable::run,
                command -> { }, Clock.fixed(FakeLibrary.NOON, ZoneOffset.UTC));
        ui.start();
        ui.pump();
        return ui;
    }

    /** The written text without escape sequences. */
    private static String text(byte[] written) {
        return new String(written, StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
    }

    @Test
    void emoji_flags_and_skin_tones_reach_the_terminal_whole_as_utf8() throws Exception {
        FakeLibrary lib = new FakeLibrary().section("Monde", "Fête 👍🏾 🇸🇳 ⚽ fin", "東京 مرحبا");
        Recorder terminal = Recorder.of(100, 20);
        start(lib, terminal);
        String text = text(terminal.out.toByteArray());
        assertFalse(text.contains("??"), "a surrogate half was written: " + text);
        assertFalse(text.contains("\uFFFD"), text);
        assertTrue(text.contains("Fête 👍🏾 🇸🇳 ⚽ fin"), text);
        String raw = new String(terminal.out.toByteArray(), StandardCharsets.UTF_8);
        int row = raw.indexOf("Fête");
        // After each multi-code-point cluster the cursor is put where Lanterna expects the next
        // cell, whatever width the terminal gave the emoji.
        assertTrue(raw.indexOf("👍🏾\u001b[", row) > 0, raw);
        assertTrue(raw.indexOf("🇸🇳\u001b[", row) > 0, raw);
        assertTrue(text.contains("東京 مرحبا"), text);
    }

    @Test
    void two_byte_characters_are_not_followed_by_a_nul() throws Exception {
        FakeLibrary lib = new FakeLibrary().section("Monde", "Été à Dakar", "مرحبا");
        Recorder terminal = Recorder.of(100, 20);
        start(lib, terminal);
        byte[] written = terminal.out.toByteArray();
        for (byte b : written) assertFalse(b == 0, "a NUL byte was written");
        assertTrue(text(written).contains("Été à Dakar"));
    }

    @Test
    void ascii_cells_advance_one_column_before_the_cursor_is_put_after_a_cluster() {
        CellWriter cells = new CellWriter();
        cells.moved(4, 2);
        assertArrayEquals(new byte[] {'a'}, cells.bytes("a"));
        assertArrayEquals(new byte[] {'~'}, cells.bytes("~"));
        assertArrayEquals("é".getBytes(StandardCharsets.UTF_8), cells.bytes("é"));
        String flag = new String(cells.bytes(Glyphs.standIn("🇸🇳", 2)), StandardCharsets.UTF_8);
        // Columns 4, 5 and 6 took one cell each, the flag two: the next cell is column 9, row 2
        // (one-based 10 and 3).
        assertEquals("🇸🇳\u001b[3;10H", flag);
    }

    @Test
    void stand_ins_have_the_width_lanterna_gives_them() {
        String wide = Glyphs.standIn("🇸🇳", 2);
        String narrow = Glyphs.standIn("e\u0301", 1);
        assertTrue(com.googlecode.lanterna.TextCharacter.fromString(wide)[0].isDoubleWidth());
        assertFalse(com.googlecode.lanterna.TextCharacter.fromString(narrow)[0].isDoubleWidth());
        assertEquals("🇸🇳 e\u0301", Glyphs.expand(wide + " " + narrow));
        assertEquals(wide, Glyphs.standIn("🇸🇳", 2), "a cluster keeps its stand-in");
    }

    @Test
    void one_step_down_a_list_of_10000_items_writes_at_most_200_bytes() throws Exception {
        FakeLibrary lib = new FakeLibrary();
        java.util.List<dev.kiosque.model.Headline> big = new java.util.ArrayList<>();
        String wordy = " — a headline long enough to fill the whole pane, as real ones often do, and then some more";
        for (int i = 0; i < 10_000; i++) big.add(lib.headline("Big", "Item " + i + wordy, FakeLibrary.NOON));
        lib.sections.put("Big", big);
        Recorder terminal = Recorder.of(100, 30);
        Ui ui = start(lib, terminal, true);   // colours cost escape bytes too
        terminal.out.reset();
        ui.post(new UiEvent.Key(new com.googlecode.lanterna.input.KeyStroke('j', false, false)));
        ui.pump();
        int written = terminal.out.size();
        assertTrue(written > 0, "the selection moved on screen");
        assertTrue(written <= 200, "bytes for one step: " + written);
    }
}
