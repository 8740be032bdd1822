package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bytes Lanterna really writes (the virtual terminal never encodes, so it cannot see this):
 * Lanterna 3.1.5 writes char by char, and a character outside the BMP would turn into "??".
 */
class TerminalOutputTest {

    @Test
    void emoji_become_a_stand_in_instead_of_question_marks_and_other_text_is_utf8() throws Exception {
        FakeLibrary lib = new FakeLibrary().section("Monde", "Fête 👍🏽 🇫🇷 fin", "東京 مرحبا");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(100, 20);
            }
        };
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Ui ui = new Ui(lib, new TuiOptions(false, Locale.ENGLISH, true, Map.of()), screen, Runnable::run,
                command -> { }, Clock.fixed(FakeLibrary.NOON, ZoneOffset.UTC));
        ui.start();
        ui.pump();
        String written = out.toString(StandardCharsets.UTF_8);
        // Lanterna moves the cursor between some characters, and pads two-byte UTF-8 characters with a
        // NUL (which terminals ignore): compare the text without escapes, NULs and spaces.
        String text = written.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("[\\s\u0000]+", "");
        assertFalse(text.contains("??"), "a surrogate half was written: " + text);
        assertTrue(text.contains("Fête\uFFFD\uFFFDfin"), text);
        assertTrue(text.contains("東京مرحبا"), text);
    }
}
