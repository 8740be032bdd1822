package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.kiosque.model.Headline;
import dev.kiosque.tui.TerminalOutputTest.Recorder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast refresh ({@link FrameScreen}, {@link FrameRows}) against the terminal: the bytes are
 * played on a small ANSI terminal model (cursor moves, SGR, scroll region, line feed, reverse
 * index) and after every key the picture must be what the screen believes it shows. Without
 * scrolling, the bytes must be exactly Lanterna's own delta refresh's.
 */
class FrameScreenTest {

    private static final String HIDE = "\u001b[?25l";
    private static final String[] TITLES = {
        "Été à Dakar : « les prix flambent » – 20 €",
        "東京の桜が満開に 東京都庁",
        "مرحبا بالعالم في الأخبار",
        "Plain ASCII headline about the economy",
        "L’Écho des Ardennes · réforme des retraites",
        "北京 上海 广州 深圳 的新闻",
        "Ça va ? Oui… “curly” quotes",
    };

    private static FakeLibrary library(int sections, int items) {
        return library(sections, items, TITLES);
    }

    private static FakeLibrary library(int sections, int items, String[] titles) {
        FakeLibrary lib = new FakeLibrary();
        for (int s = 0; s < sections; s++) {
            List<Headline> list = new ArrayList<>();
            String name = s == 0 ? "Big" : "Rubrique " + s;
            for (int i = 0; i < items; i++) {
                list.add(lib.headline(name, i + " " + titles[i % titles.length], FakeLibrary.NOON.minus(Duration.ofMinutes(i))));
            }
            lib.sections.put(name, list);
        }
        return lib;
    }

    private static Ui start(FakeLibrary lib, TerminalScreen screen) throws IOException {
        return start(lib, screen, true);
    }

    private static Ui start(FakeLibrary lib, TerminalScreen screen, boolean color) throws IOException {
        return TerminalOutputTest.start(lib, screen, color);
    }

    private static KeyStroke key(String k) {
        return switch (k) {
            case "Down" -> new KeyStroke(KeyType.ArrowDown);
            case "Up" -> new KeyStroke(KeyType.ArrowUp);
            case "Tab" -> new KeyStroke(KeyType.Tab);
            default -> new KeyStroke(k.charAt(0), false, false);
        };
    }

    /**
     * Mostly single steps, some runs of steps in one frame, page moves, ends, section switches,
     * marks, and going into an article or the sections column and back.
     */
    private static List<List<String>> walk(long seed, int frames) {
        Random random = new Random(seed);
        String[] single = {"j", "j", "j", "j", "j", "k", "k", "Down", "Up", " ", "b", "g", "G", "m", "s", "Tab", "l", "h"};
        List<List<String>> out = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            if (random.nextInt(6) == 0) {
                String k = random.nextBoolean() ? "j" : "k";
                out.add(java.util.Collections.nCopies(2 + random.nextInt(3), k));    // a key repeat in one frame
            } else {
                out.add(List.of(single[random.nextInt(single.length)]));
            }
        }
        return out;
    }

    /**
     * Random walks at several sizes, with one section or twelve, with colours and (at 100x30)
     * without, and now and then a full repaint (as after an external program): the compact
     * escapes ({@link AnsiWriter}) and the kept scroll region must draw what the screen believes.
     */
    @Test
    void what_the_terminal_shows_after_scrolls_is_what_the_screen_believes() throws Exception {
        int[][] sizes = {{100, 30, 1}, {60, 16, 1}, {250, 40, 1}, {80, 24, 1}, {100, 30, 0}};
        int erases = 0;
        int relativeMoves = 0;
        for (int[] size : sizes) {
            for (int sections : new int[] {1, 12}) {
                Recorder terminal = Recorder.of(size[0], size[1]);
                FrameScreen screen = new FrameScreen(terminal);
                Ui ui = start(library(sections, 400), screen, size[2] == 1);
                AnsiModel model = new AnsiModel(size[0], size[1]);
                model.play(terminal.out.toByteArray());
                terminal.out.reset();
                int frame = 0;
                Random repaints = new Random(size[1]);
                for (List<String> keys : walk(size[0] * 31L + sections + (size[2] == 1 ? 0 : 7), 200)) {
                    if (repaints.nextInt(40) == 0) ui.afterExternalProgram();      // the next frame repaints everything
                    for (String k : keys) ui.post(new UiEvent.Key(key(k)));
                    ui.pump();
                    model.play(terminal.out.toByteArray());
                    terminal.out.reset();
                    frame++;
                    for (int r = 0; r < size[1]; r++) {
                        String where = size[0] + "x" + size[1] + ", " + sections + " sections, frame " + frame + " " + keys + ", row " + r;
                        assertEquals(Harness.frontRow(screen, r), model.row(r), where);
                        for (int x = 0; x < size[0]; x++) {
                            TextCharacter c = screen.getFrontCharacter(x, r);
                            assertEquals(AnsiModel.seen(c.getCharacterString(), AnsiModel.attributes(c)),
                                    AnsiModel.seen(model.cells[r][x], model.attributes[r][x]), where + ", column " + x);
                            if (FrameScreen.isWide(c)) x++;
                        }
                    }
                }
                assertTrue(model.scrolls > 5, "scrolled " + model.scrolls + " times at " + size[0] + "x" + size[1]);
                erases += model.erases;
                relativeMoves += model.relativeMoves;
            }
        }
        assertTrue(erases > 10, "erases in line: " + erases);
        assertTrue(relativeMoves > 100, "relative moves: " + relativeMoves);
    }

    @Test
    void the_scroll_region_is_set_with_the_first_frame_and_given_back_when_the_screen_stops() throws Exception {
        Recorder terminal = Recorder.of(100, 30);
        FrameScreen screen = new FrameScreen(terminal);
        start(library(1, 400), screen);
        assertTrue(new String(terminal.out.toByteArray(), StandardCharsets.UTF_8).contains("\u001b[2;29r"),
                "the rows between the title and the status line");
        terminal.out.reset();
        screen.stopScreen();
        assertTrue(new String(terminal.out.toByteArray(), StandardCharsets.UTF_8).startsWith("\u001b[r"),
                "the shell gets its whole screen back");
    }

    @Test
    void a_step_that_scrolls_the_list_writes_a_few_rows_not_the_page() throws Exception {
        Recorder terminal = Recorder.of(100, 30);
        Ui ui = start(library(1, 10_000), new FrameScreen(terminal));
        for (int i = 0; i < 27; i++) ui.post(new UiEvent.Key(key("j")));
        ui.pump();
        terminal.out.reset();
        ui.post(new UiEvent.Key(key("j")));
        ui.pump();
        int written = terminal.out.size();
        assertTrue(new String(terminal.out.toByteArray(), StandardCharsets.UTF_8).contains("\u001bD"), "scrolled");
        assertTrue(written < 400, "bytes for a step that scrolls: " + written);
    }

    @Test
    void a_wide_character_over_half_of_another_rewrites_the_cell_the_terminal_blanked() throws Exception {
        Recorder terminal = Recorder.of(10, 3);
        FrameScreen screen = new FrameScreen(terminal);
        screen.setScrolling(false);
        screen.startScreen();
        AnsiModel model = new AnsiModel(10, 3);
        com.googlecode.lanterna.graphics.TextGraphics g = screen.newTextGraphics();
        g.putString(0, 0, "a東京b");                   // 東 at 1-2, 京 at 3-4
        screen.refresh(com.googlecode.lanterna.screen.Screen.RefreshType.DELTA);
        g.putString(0, 0, "東京");                     // 東 at 0-1 (over the old 東's left half), 京 at 2-3
        g.putString(4, 0, " b");
        screen.refresh(com.googlecode.lanterna.screen.Screen.RefreshType.DELTA);
        model.play(terminal.out.toByteArray());
        assertEquals(Harness.frontRow(screen, 0), model.row(0));
        for (int x = 0; x < 10; x++) {
            TextCharacter c = screen.getFrontCharacter(x, 0);
            assertEquals(AnsiModel.attributes(c), model.attributes[0][x], "attributes of column " + x);
            if (FrameScreen.isWide(c)) x++;
        }
    }

    @Test
    void drawing_only_the_rows_that_changed_gives_the_frame_a_full_drawing_gives() throws Exception {
        for (int[] size : new int[][] {{100, 30}, {60, 16}, {250, 40}}) {
            Recorder ours = Recorder.of(size[0], size[1]);
            Recorder full = Recorder.of(size[0], size[1]);
            FrameScreen a = new FrameScreen(ours);
            FrameScreen b = new FrameScreen(full);
            Ui incremental = start(library(12, 300), a);
            Ui everything = start(library(12, 300), b);
            int frame = 0;
            for (List<String> keys : walk(size[1], 200)) {
                everything.afterExternalProgram();           // forgets every row: the next frame draws them all
                for (String k : keys) {
                    incremental.post(new UiEvent.Key(key(k)));
                    everything.post(new UiEvent.Key(key(k)));
                }
                incremental.pump();
                everything.pump();
                frame++;
                for (int r = 0; r < size[1]; r++) {
                    for (int x = 0; x < size[0]; x++) {
                        assertEquals(b.getFrontCharacter(x, r), a.getFrontCharacter(x, r),
                                size[0] + "x" + size[1] + ", frame " + frame + " " + keys + ", row " + r + ", column " + x);
                    }
                }
            }
        }
    }

    @Test
    void merged_colour_changes_draw_the_same_picture_in_fewer_bytes() throws Exception {
        Recorder terminal = Recorder.of(100, 30);
        FrameScreen screen = new FrameScreen(terminal);
        screen.setScrolling(false);                      // Lanterna's escapes, one per change: the compact ones merge nothing
        Ui ui = start(library(12, 400), screen);
        AnsiModel raw = new AnsiModel(100, 30);
        AnsiModel merged = new AnsiModel(100, 30);
        long rawBytes = 0;
        long mergedBytes = 0;
        int frame = 0;
        for (List<String> keys : walk(7, 300)) {
            terminal.writes.clear();
            for (String k : keys) ui.post(new UiEvent.Key(key(k)));
            ui.pump();
            FrameBytes bytes = new FrameBytes();
            for (byte[] w : terminal.writes) {
                raw.play(w);
                rawBytes += w.length;
                bytes.write(w);
            }
            byte[] out = bytes.take();
            mergedBytes += out.length;
            merged.play(out);
            frame++;
            for (int r = 0; r < 30; r++) {
                assertEquals(raw.row(r), merged.row(r), "frame " + frame + ", row " + r);
                assertArrayEquals(raw.attributes[r], merged.attributes[r], "frame " + frame + ", row " + r);
            }
        }
        assertTrue(mergedBytes < rawBytes, rawBytes + " -> " + mergedBytes);
    }

    @Test
    void only_whole_sgr_sequences_with_parameters_are_merged() {
        assertEquals(1, FrameBytes.sgrParameters("\u001b[1m".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(3, FrameBytes.sgrParameters("\u001b[38;5;200m".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0, FrameBytes.sgrParameters("\u001b[m".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0, FrameBytes.sgrParameters("\u001b[?25l".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0, FrameBytes.sgrParameters("\u001b[2;29r".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0, FrameBytes.sgrParameters("\u001b[1;m".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0, FrameBytes.sgrParameters("am".getBytes(StandardCharsets.US_ASCII)));
        FrameBytes bytes = new FrameBytes();
        for (String w : new String[] {"\u001b[0m", "\u001b[1m", "x", "\u001b[33m", "\u001b[m", "\u001b[4m", "y"}) {
            bytes.write(w.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("\u001b[0;1mx\u001b[33m\u001b[m\u001b[4my", new String(bytes.take(), StandardCharsets.UTF_8));
        assertEquals(0, bytes.size());
    }

    @Test
    void without_scrolling_the_bytes_are_lanternas_own() throws Exception {
        for (int[] size : new int[][] {{100, 30}, {60, 16}}) {
            Recorder ours = Recorder.of(size[0], size[1]);
            Recorder theirs = Recorder.of(size[0], size[1]);
            FrameScreen fast = new FrameScreen(ours);
            fast.setScrolling(false);
            // Narrow characters only: where a wide character overwrites half of another, ours
            // writes one cell more (see FrameScreen.delta).
            String[] narrow = java.util.Arrays.stream(TITLES).filter(t -> t.codePoints().allMatch(c -> c < 0x1100))
                    .toArray(String[]::new);
            Ui a = start(library(3, 300, narrow), fast);
            Ui b = start(library(3, 300, narrow), new TerminalScreen(theirs));
            assertArrayEquals(theirs.out.toByteArray(), ours.out.toByteArray(), "first frame");
            int frame = 0;
            for (List<String> keys : walk(size[0], 200)) {
                ours.out.reset();
                theirs.out.reset();
                for (String k : keys) {
                    a.post(new UiEvent.Key(key(k)));
                    b.post(new UiEvent.Key(key(k)));
                }
                a.pump();
                b.pump();
                frame++;
                // Lanterna hides the cursor again at every frame; ours only when it was shown.
                assertEquals(new String(theirs.out.toByteArray(), StandardCharsets.UTF_8).replace(HIDE, ""),
                        new String(ours.out.toByteArray(), StandardCharsets.UTF_8).replace(HIDE, ""),
                        "frame " + frame + " " + keys);
            }
        }
    }

    @Test
    void wide_is_lanternas_double_width_for_every_character() {
        for (char c = ' '; c < 0xFFFF; c++) {
            if (Character.isISOControl(c) || Character.isSurrogate(c)) continue;
            TextCharacter t = new TextCharacter(c);
            assertEquals(t.isDoubleWidth(), FrameScreen.isWide(t), "U+" + Integer.toHexString(c));
        }
    }

    /**
     * Just enough of a VT100/xterm to play what kiosque writes: UTF-8 text (Lanterna's wide
     * characters take two cells; writing over half of one blanks the other half), CUP, SGR
     * (colours and modifiers),
     * DECSTBM, line feed, carriage return, IND, RI, ED, EL, relative moves (which stop at a
     * scroll margin, as in xterm and tmux). Scrolling with a coloured background fails the test:
     * real terminals would fill the new row with that colour.
     */
    static final class AnsiModel {
        final String[][] cells;
        /** Per cell, its colours and modifiers as {@link #attributes(TextCharacter)} writes them; "?" when a terminal blanked it. */
        final String[][] attributes;
        final int columns;
        final int rows;
        int row;
        int col;
        int top;
        int bottom;
        boolean plainBackground = true;
        int scrolls;
        int erases;
        int relativeMoves;
        private String fg = "39";
        private String bg = "49";
        private final java.util.TreeSet<String> modifiers = new java.util.TreeSet<>();
        private static final Map<Integer, String> ON = Map.of(1, "BOLD", 4, "UNDERLINE", 7, "REVERSE", 5, "BLINK",
                3, "ITALIC", 9, "CROSSED_OUT");
        private static final Map<Integer, String> OFF = Map.of(22, "BOLD", 24, "UNDERLINE", 27, "REVERSE", 25, "BLINK",
                23, "ITALIC", 29, "CROSSED_OUT");

        /** A screen cell's colours and modifiers in the model's terms. */
        static String attributes(TextCharacter c) {
            java.util.TreeSet<String> mods = new java.util.TreeSet<>();
            c.getModifiers().forEach(m -> mods.add(m.name()));
            return new String(c.getForegroundColor().getForegroundSGRSequence()) + "/"
                    + new String(c.getBackgroundColor().getBackgroundSGRSequence()) + "/" + mods;
        }

        /**
         * What can be seen of a cell with these attributes: a blank shows only its background
         * unless it is reversed, underlined, crossed out, bordered or circled.
         */
        static String seen(String cell, String attributes) {
            if (!" ".equals(cell) || attributes.equals("?")) return attributes;
            String[] parts = attributes.split("/", 3);
            for (String visible : new String[] {"REVERSE", "UNDERLINE", "CROSSED_OUT", "BORDERED", "CIRCLED"}) {
                if (parts[2].contains(visible)) return attributes;
            }
            return "blank/" + parts[1];
        }

        private String current() {
            return fg + "/" + bg + "/" + modifiers;
        }

        AnsiModel(int columns, int rows) {
            this.columns = columns;
            this.rows = rows;
            this.cells = new String[rows][columns];
            this.attributes = new String[rows][columns];
            this.bottom = rows - 1;
            clear();
        }

        private void clear() {
            for (String[] r : cells) java.util.Arrays.fill(r, " ");
            for (String[] r : attributes) java.util.Arrays.fill(r, "39/49/[]");
        }

        void play(byte[] bytes) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            for (int i = 0; i < s.length(); ) {
                char c = s.charAt(i);
                if (c == 0x1b) {
                    i = escape(s, i + 1);
                } else if (c == '\n') {
                    lineFeed();
                    i++;
                } else if (c == '\r') {
                    col = 0;
                    i++;
                } else {
                    int cp = s.codePointAt(i);
                    put(new String(Character.toChars(cp)));
                    i += Character.charCount(cp);
                }
            }
        }

        private void put(String ch) {
            boolean wide = TextCharacter.fromString(ch)[0].isDoubleWidth();
            if (col >= columns) return;
            // As terminals do, writing over half of a wide character blanks its other half.
            if ("".equals(cells[row][col]) && col > 0) {
                cells[row][col - 1] = " ";
                attributes[row][col - 1] = "?";
            }
            int end = col + (wide ? 2 : 1);
            if (end < columns && "".equals(cells[row][end])) {
                cells[row][end] = " ";
                attributes[row][end] = "?";
            }
            cells[row][col] = ch;
            attributes[row][col] = current();
            if (wide && col + 1 < columns) cells[row][col + 1] = "";
            col += wide ? 2 : 1;
        }

        private void lineFeed() {
            if (row == bottom) scrollUp();
            else if (row < rows - 1) row++;
        }

        private void scrollUp() {
            assertTrue(plainBackground, "scrolled with a coloured background");
            scrolls++;
            for (int r = top; r < bottom; r++) {
                cells[r] = cells[r + 1];
                attributes[r] = attributes[r + 1];
            }
            cells[bottom] = blankRow();
            attributes[bottom] = plainRow();
        }

        private void scrollDown() {
            assertTrue(plainBackground, "scrolled with a coloured background");
            scrolls++;
            for (int r = bottom; r > top; r--) {
                cells[r] = cells[r - 1];
                attributes[r] = attributes[r - 1];
            }
            cells[top] = blankRow();
            attributes[top] = plainRow();
        }

        private String[] plainRow() {
            String[] r = new String[columns];
            java.util.Arrays.fill(r, "39/49/[]");
            return r;
        }

        private String[] blankRow() {
            String[] r = new String[columns];
            java.util.Arrays.fill(r, " ");
            return r;
        }

        private int escape(String s, int i) {
            char c = s.charAt(i);
            if (c == 'M') {                                   // RI
                if (row == top) scrollDown();
                else if (row > 0) row--;
                return i + 1;
            }
            if (c == 'D') {                                   // IND
                lineFeed();
                return i + 1;
            }
            if (c != '[') return i + 1;                       // other ESC x: ignored
            int j = i + 1;
            boolean privateMode = j < s.length() && s.charAt(j) == '?';
            if (privateMode) j++;
            int start = j;
            while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';')) j++;
            String params = s.substring(start, j);
            char fin = s.charAt(j);
            if (!privateMode) csi(params, fin);
            return j + 1;
        }

        private void csi(String params, char fin) {
            String[] p = params.isEmpty() ? new String[0] : params.split(";", -1);
            int n = p.length > 0 && !p[0].isEmpty() ? Integer.parseInt(p[0]) : 0;
            switch (fin) {
                case 'A', 'B', 'C', 'D' -> {
                    relativeMoves++;
                    move(fin, n);
                }
                case 'K' -> {
                    erases++;
                    if (n == 0) erase(col, columns - 1);
                    else if (n == 1) erase(0, Math.min(col, columns - 1));
                    else erase(0, columns - 1);
                }
                case 'H' -> {
                    row = Math.min(rows - 1, p.length > 0 && !p[0].isEmpty() ? Integer.parseInt(p[0]) - 1 : 0);
                    col = Math.min(columns - 1, p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) - 1 : 0);
                }
                case 'r' -> {
                    top = p.length > 0 && !p[0].isEmpty() ? Integer.parseInt(p[0]) - 1 : 0;
                    bottom = p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) - 1 : rows - 1;
                    row = 0;
                    col = 0;
                }
                case 'J' -> clear();
                case 'm' -> {
                    if (p.length == 0) p = new String[] {"0"};
                    for (String x : p) {
                        int code = x.isEmpty() ? 0 : Integer.parseInt(x);
                        if (code == 0) {
                            fg = "39";
                            bg = "49";
                            modifiers.clear();
                        } else if (ON.containsKey(code)) {
                            modifiers.add(ON.get(code));
                        } else if (OFF.containsKey(code)) {
                            modifiers.remove(OFF.get(code));
                        } else if (code >= 30 && code <= 39 || code >= 90 && code <= 97) {
                            fg = x;
                        } else if (code >= 40 && code <= 49 || code >= 100 && code <= 107) {
                            bg = x;
                        }
                    }
                    plainBackground = bg.equals("49");
                }
                default -> { }
            }
        }

        /** CUU, CUD, CUF, CUB: up and down stop at a scroll margin when they start inside it. */
        private void move(char fin, int n) {
            int by = Math.max(1, n);
            switch (fin) {
                case 'A' -> row = Math.max(row >= top ? top : 0, row - by);
                case 'B' -> row = Math.min(row <= bottom ? bottom : rows - 1, row + by);
                case 'C' -> col = Math.min(columns - 1, col + by);
                default -> col = Math.max(0, Math.min(columns - 1, col) - by);
            }
        }

        /** EL: blanks in the current background, no attributes; a wide character cut in two goes. */
        private void erase(int from, int to) {
            if (from > 0 && "".equals(cells[row][from])) {
                cells[row][from - 1] = " ";
                attributes[row][from - 1] = "?";
            }
            if (to + 1 < columns && "".equals(cells[row][to + 1])) {
                cells[row][to + 1] = " ";
                attributes[row][to + 1] = "?";
            }
            for (int x = from; x <= to; x++) {
                cells[row][x] = " ";
                attributes[row][x] = "39/" + bg + "/[]";
            }
        }

        String row(int r) {
            StringBuilder out = new StringBuilder();
            for (String c : cells[r]) out.append(c);
            return out.toString().stripTrailing();
        }
    }
}
