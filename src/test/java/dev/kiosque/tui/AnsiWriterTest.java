package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.kiosque.tui.TerminalOutputTest.Recorder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The escapes {@link AnsiWriter} chooses (what they draw is checked by the ANSI model of
 * {@link FrameScreenTest}): the shortest move, the shortest SGR, nothing before a blank whose
 * colour cannot be seen, and a scroll region set once.
 */
class AnsiWriterTest {

    private final Recorder terminal = Recorder.of(100, 30);
    private final AnsiWriter writer = new AnsiWriter(terminal);

    private String written() {
        String s = new String(terminal.out.toByteArray(), StandardCharsets.UTF_8).replace("\u001b", "^");
        terminal.out.reset();
        return s;
    }

    private void put(char c, TextColor fg, SGR... sgr) throws IOException {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        for (SGR s : sgr) set.add(s);
        writer.put(TextCharacter.fromCharacter(c, fg, TextColor.ANSI.DEFAULT, sgr)[0], set, false);
    }

    @Test
    void a_move_is_relative_when_that_is_shorter_and_absolute_when_the_cursor_is_not_known() throws IOException {
        writer.frame(100);
        writer.moveTo(5, 3);
        assertEquals("^[4;6H", written(), "not known: absolute");
        writer.moveTo(9, 3);
        assertEquals("^[4C", written());
        writer.moveTo(8, 3);
        assertEquals("^[D", written());
        writer.moveTo(0, 4);
        assertEquals("^[5H", written(), "as short as down and a carriage return");
        writer.moveTo(0, 4);
        assertEquals("", written(), "already there");
        writer.moveTo(40, 5);
        assertEquals("^[6;41H", written());
        writer.forget();
        writer.moveTo(41, 5);
        assertEquals("^[6;42H", written(), "forgotten");
    }

    @Test
    void the_sgr_changes_only_what_differs_or_resets_when_that_is_shorter() throws IOException {
        writer.frame(100);
        writer.moveTo(0, 1);
        written();
        put('a', TextColor.ANSI.DEFAULT, SGR.BOLD);
        assertEquals("^[0;1ma", written(), "not known: a reset first");
        put('b', TextColor.ANSI.DEFAULT, SGR.BOLD);
        assertEquals("b", written());
        put('c', TextColor.ANSI.YELLOW);
        assertEquals("^[0;33mc", written(), "shorter than 22;33");
        put('d', TextColor.ANSI.YELLOW, SGR.UNDERLINE);
        assertEquals("^[4md", written());
        put('e', TextColor.ANSI.DEFAULT);
        assertEquals("^[me", written());
    }

    @Test
    void a_blank_takes_whatever_colour_and_weight_the_terminal_writes_with_unless_they_show() throws IOException {
        writer.frame(100);
        writer.moveTo(0, 1);
        put('a', TextColor.ANSI.YELLOW);
        written();
        put(' ', TextColor.ANSI.DEFAULT, SGR.BOLD);
        assertEquals(" ", written(), "a bold blank looks like a yellow one");
        put(' ', TextColor.ANSI.DEFAULT, SGR.REVERSE);
        assertEquals("^[0;7m ", written(), "a reversed blank shows");
        put(' ', TextColor.ANSI.DEFAULT);
        assertEquals("^[m ", written(), "and so does reverse video under a blank");
    }

    @Test
    void the_scroll_region_is_set_once_and_up_and_down_never_cross_its_margins() throws IOException {
        writer.frame(100);
        writer.scroll(1, 28, 1, 24);
        assertEquals("^[2;29r^[m^[29;25H^D", written());
        writer.moveTo(24, 27);
        written();
        writer.scroll(1, 28, 1, 24);
        assertEquals("^[B^D", written(), "the region is kept, the colours are known");
        writer.moveTo(24, 29);
        assertEquals("^[30;25H", written(), "down from the bottom margin would stop there");
        writer.scroll(1, 28, -1, 0);
        assertEquals("^[2H^M", written());
        writer.resetRegion();
        assertEquals("^[r", written());
        writer.resetRegion();
        assertEquals("", written());
    }
}
