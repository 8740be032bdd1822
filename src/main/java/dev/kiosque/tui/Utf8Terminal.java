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
 */
final class Utf8Terminal extends UnixTerminal {

    private final CellWriter cells = new CellWriter();
    private final FrameBytes frame = new FrameBytes();
    private boolean inFrame;

    Utf8Terminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);   // Ctrl-C is a key, never System.exit
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
