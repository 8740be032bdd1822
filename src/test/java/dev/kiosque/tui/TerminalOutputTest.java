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
        return start(lib, new FrameScreen(terminal), color);
    }

    /** A UI on {@code screen}, started and with its first frame drawn. */
    static Ui start(FakeLibrary lib, TerminalScreen screen, boolean color) throws IOException {
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

    /** Titles longer than their column, in French and English, as the bench store's. */
    private static final String[] LONG_TITLES = {
        "« Nous ne céderons pas », estime une chercheuse après la réforme des retraites",
        "Climat : la Commission européenne repousse la décision sur les moteurs thermiques",
        "The union rejected the R&D tax credit after a night of talks in the capital",
        "L’intersyndicale examine la gratuité des transports publics dans la métropole",
        "Le maire de Besançon envisage la création d’une zone à faibles émissions",
        "LIVE – The national team rejected a ban on late-night matches in the league",
        "Transports : l’intersyndicale a rejeté la réforme de l’assurance chômage",
    };

    /**
     * Issue 6: every step down or up a list of 10 000 items writes at most 200 bytes, the steps
     * inside the page and the steps that scroll the list (the cursor on the last or first row),
     * at 100x30 and 80x24, with colours. The titles fill their column, as the bench store's do.
     */
    @Test
    void one_step_down_a_list_of_10000_items_writes_at_most_200_bytes() throws Exception {
        for (int[] size : new int[][] {{100, 30}, {80, 24}}) {
            FakeLibrary lib = new FakeLibrary();
            java.util.List<dev.kiosque.model.Headline> big = new java.util.ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                big.add(lib.headline("Big", i + " " + LONG_TITLES[i % LONG_TITLES.length], FakeLibrary.NOON));
            }
            lib.sections.put("Big", big);
            Recorder terminal = Recorder.of(size[0], size[1]);
            Ui ui = start(lib, terminal, true);   // colours cost escape bytes too
            int page = size[1] - 2;                // the list's rows, between the title and the status line
            String at = size[0] + "x" + size[1];
            assertStep(ui, terminal, 'j', at + ", a step inside the page", false);
            for (int i = 0; i < page - 2; i++) step(ui, terminal, 'j');
            for (int i = 0; i < 5; i++) assertStep(ui, terminal, 'j', at + ", a step down that scrolls, " + i, true);
            for (int i = 0; i < page - 1; i++) step(ui, terminal, 'k');
            for (int i = 0; i < 5; i++) assertStep(ui, terminal, 'k', at + ", a step up that scrolls, " + i, true);
        }
    }

    private static byte[] step(Ui ui, Recorder terminal, char key) throws IOException {
        terminal.out.reset();
        ui.post(new UiEvent.Key(new com.googlecode.lanterna.input.KeyStroke(key, false, false)));
        ui.pump();
        return terminal.out.toByteArray();
    }

    private static void assertStep(Ui ui, Recorder terminal, char key, String what, boolean scrolls) throws IOException {
        byte[] written = step(ui, terminal, key);
        String raw = new String(written, StandardCharsets.UTF_8);
        assertTrue(written.length > 0, what + ": the selection moved on screen");
        // The terminal scrolled: an index (down) or a reverse index (up) at the margin.
        assertEquals(scrolls, raw.contains(key == 'j' ? "\u001bD" : "\u001bM"), what + ": " + raw);
        assertTrue(written.length <= 200, what + ": " + written.length + " bytes: " + raw);
    }
}
