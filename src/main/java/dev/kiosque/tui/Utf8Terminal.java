package dev.kiosque.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna's Unix terminal, writing each cell's text as one UTF-8 string through {@link Glyphs}
 * instead of char by char (which turned every character outside the BMP into "??" and padded
 * two-byte characters with a NUL). Everything else — stty, escapes, input, Ctrl-C — is Lanterna's.
 */
final class Utf8Terminal extends UnixTerminal {

    Utf8Terminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);   // Ctrl-C is a key, never System.exit
    }

    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(Glyphs.bytes(string));
    }

    @Override
    public void putCharacter(char c) throws IOException {
        writeToTerminal(Glyphs.bytes(String.valueOf(c)));
    }
}
