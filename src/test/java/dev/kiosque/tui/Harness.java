package dev.kiosque.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Runs the UI headlessly on a virtual terminal, step by step: keys are queued, then {@link #pump}
 * handles them and draws one frame. Worker jobs wait in a queue until {@link #runWorkers}, so
 * nothing races the UI thread.
 */
final class Harness {

    final FakeLibrary library;
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final Ui ui;
    final Deque<Runnable> jobs = new ArrayDeque<>();
    final List<List<String>> launched = new ArrayList<>();

    Harness(FakeLibrary library, int columns, int rows) {
        this(library, columns, rows, new TuiOptions(true, Locale.ENGLISH, false, Map.of()));
    }

    Harness(FakeLibrary library, int columns, int rows, TuiOptions options) {
        this.library = library;
        this.terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            this.screen = new FrameScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Executor workers = jobs::add;
        this.ui = new Ui(library, options, screen, workers, launched::add, Clock.fixed(FakeLibrary.NOON, ZoneOffset.UTC));
        terminal.addResizeListener((t, size) -> ui.post(new UiEvent.Resize()));
        ui.start();
        pump();
    }

    /** Types each character as a key, then pumps. */
    Harness type(String keys) {
        keys.codePoints().forEach(c -> ui.post(new UiEvent.Key(new KeyStroke((char) c, false, false))));
        return pump();
    }

    Harness press(KeyType... types) {
        for (KeyType t : types) ui.post(new UiEvent.Key(new KeyStroke(t)));
        return pump();
    }

    Harness ctrl(char c) {
        ui.post(new UiEvent.Key(new KeyStroke(c, true, false)));
        return pump();
    }

    Harness pump() {
        try {
            ui.pump();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Runs the queued worker jobs (they post their results), then pumps. */
    Harness runWorkers() {
        while (!jobs.isEmpty()) jobs.poll().run();
        return pump();
    }

    Harness resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return pump();
    }

    /** The text of one screen row as the terminal shows it (a wide character counted once), right-trimmed. */
    String row(int r) {
        return frontRow(screen, r);
    }

    /** Row {@code r} of {@code screen}'s front buffer as text, a wide character's padding left out, right-trimmed. */
    static String frontRow(TerminalScreen screen, int r) {
        StringBuilder out = new StringBuilder();
        int columns = screen.getTerminalSize().getColumns();
        for (int c = 0; c < columns; c++) {
            TextCharacter ch = screen.getFrontCharacter(c, r);
            out.append(Glyphs.expand(ch.getCharacterString()));
            if (ch.isDoubleWidth()) c++;
        }
        return out.toString().stripTrailing();
    }

    /**
     * The same row as the (virtual) terminal received it, stand-ins expanded as
     * {@link Utf8Terminal} does: proves Lanterna and the terminal agree on widths. */
    String terminalRow(int r) {
        StringBuilder out = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int c = 0; c < columns; c++) {
            TextCharacter ch = terminal.getCharacter(c, r);
            out.append(Glyphs.expand(ch.getCharacterString()));
            if (ch.isDoubleWidth()) c++;
        }
        return out.toString().stripTrailing();
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < screen.getTerminalSize().getRows(); r++) out.append(row(r)).append('\n');
        return out.toString();
    }

    /** The row showing {@code needle}, or -1. */
    int rowOf(String needle) {
        for (int r = 0; r < screen.getTerminalSize().getRows(); r++) if (row(r).contains(needle)) return r;
        return -1;
    }

    String lastRow() {
        return row(screen.getTerminalSize().getRows() - 1);
    }

    /**
     * True when the list item at (row, column) is the selection: the selection bar (reversed)
     * covers the start of the item, so look left of {@code column} up to the pane's border.
     * Columns are counted in cells of {@link #row}'s text, as the tests pass {@code indexOf} there.
     */
    boolean reversed(int r, int column) {
        String text = row(r);
        int cell = dev.kiosque.text.DisplayWidth.of(text.substring(0, Math.max(0, Math.min(column, text.length()))));
        for (int c = cell; c >= 0; c--) {
            TextCharacter ch = screen.getFrontCharacter(c, r);
            if (ch.isReversed()) return true;
            if (c < cell && "│".equals(ch.getCharacterString())) return false;
        }
        return false;
    }
}
