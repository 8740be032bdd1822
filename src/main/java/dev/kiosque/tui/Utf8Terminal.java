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
 */
final class Utf8Terminal extends UnixTerminal {

    private final CellWriter cells = new CellWriter();

    Utf8Terminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);   // Ctrl-C is a key, never System.exit
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
