package dev.kiosque.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna's Unix terminal, writing each cell's text as one UTF-8 string through a
 * {@link CellWriter}. Lanterna's own {@code StreamBasedTerminal.putString} writes char by char,
 * which turned every character outside the BMP into "??" (a lone surrogate cannot be encoded), and
 * encodes each char with {@code Charset.encode(..).array()}, whose spare buffer capacity added a
 * NUL after every two-byte character (é, Arabic). Everything else — stty, escapes, input,
 * Ctrl-C — is Lanterna's.
 *
 * <p>A frame's bytes go out in one write: between {@link #beginFrame} and the {@link #flush} that
 * ends Lanterna's refresh they are collected, since {@code System.out} flushes every write and a
 * step down a list otherwise cost some sixty write calls; consecutive colour changes are merged
 * ({@link FrameBytes}). Outside a frame every write goes
 * straight out: Lanterna waits for the answer to its cursor-position query.
 *
 * <p>Start-up sets the tty in one process, not five: Lanterna saves the settings
 * ({@code stty -g}) and then turns off canonical mode, sets {@code min 1}, turns off echo and the
 * interrupt key, each with its own {@code stty}, and each process start from the JVM costs
 * ~15 ms of the first screen (issue 6). Here the save runs one shell that does the save and those
 * four settings together; the calls that follow it in Lanterna's start-up are then skipped once.
 * Without a shell, Lanterna's own way is used.
 */
final class Utf8Terminal extends UnixTerminal implements RawOutput {

    private final CellWriter cells = new CellWriter();
    private final FrameBytes frame = new FrameBytes();
    private boolean inFrame;
    // Set while the superclass constructor runs (it saves and sets the tty): no initialisers here,
    // which would reset them once it returns.
    /** The settings {@code stty -g} printed at start, for restoring; null: Lanterna's own save. */
    private String saved;
    /** One-shot skips of the start-up calls already done together with the save. */
    private boolean canonicalOffDone;
    private boolean echoOffDone;
    private boolean signalsOffDone;

    Utf8Terminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);   // Ctrl-C is a key, never System.exit
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        String stty = System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty");
        String out;
        try {
            // the stty path is an argument ($0), never part of the script
            out = exec("/bin/sh", "-c", "\"$0\" -g && \"$0\" -icanon min 1 -echo intr undef", stty);
        } catch (IOException e) {
            super.saveTerminalSettings();
            return;
        }
        saved = out.trim();
        canonicalOffDone = true;
        echoOffDone = true;
        signalsOffDone = true;
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved == null) {
            super.restoreTerminalSettings();
        } else {
            runSTTYCommand(saved);
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        boolean done = !enabled && canonicalOffDone;
        canonicalOffDone = false;
        if (!done) super.canonicalMode(enabled);
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        boolean done = !enabled && echoOffDone;
        echoOffDone = false;
        if (!done) super.keyEchoEnabled(enabled);
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        boolean done = !enabled && signalsOffDone;
        signalsOffDone = false;
        if (!done) super.keyStrokeSignalsEnabled(enabled);
    }

    /** Collects what is written until the next {@link #flush}. */
    synchronized void beginFrame() {
        inFrame = true;
    }

    @Override
    protected synchronized void writeToTerminal(byte... bytes) throws IOException {
        if (inFrame) frame.write(bytes);
        else super.writeToTerminal(bytes);
    }

    @Override
    public synchronized void flush() throws IOException {
        inFrame = false;
        if (frame.size() > 0) super.writeToTerminal(frame.take());
        super.flush();
    }

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
