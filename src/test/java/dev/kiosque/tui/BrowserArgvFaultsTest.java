package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.kiosque.model.Headline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, commands: {@code o} runs a real (fake) browser, a script that records its argv. Hostile
 * URLs reach it as exactly one argument, never through a shell; non-web links never reach it.
 */
class BrowserArgvFaultsTest {

    @TempDir
    Path dir;
    Path browser;
    Path calls;
    Path canary;

    @BeforeEach
    void fakeBrowser() throws IOException {
        calls = Files.createDirectories(dir.resolve("calls"));
        canary = dir.resolve("pwned");
        browser = dir.resolve("fake-browser");
        // One file per run: each argument followed by a NUL, so newlines inside arguments survive.
        Files.writeString(browser, "#!/bin/sh\nout=\"" + calls + "/call-$$\"\n: > \"$out\"\n"
                + "for a in \"$@\"; do printf '%s\\0' \"$a\" >> \"$out\"; done\n");
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
    }

    /** Opens a headline linking to {@code url} with {@code o}; returns the argv of every browser run. */
    private List<List<String>> open(String url) throws IOException {
        FakeLibrary lib = new FakeLibrary();
        Headline h = lib.headline("S", "Hostile", FakeLibrary.NOON);
        lib.sections.put("S", List.of(new Headline(h.id(), h.section(), h.feed(), h.title(), url, h.author(),
                h.published(), h.summary(), h.categories(), false, false)));
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Ui ui = new Ui(lib, new TuiOptions(false, Locale.ENGLISH, false, Map.of("BROWSER", browser.toString())),
                screen, Runnable::run, Browser.PROCESS, Clock.fixed(FakeLibrary.NOON, ZoneOffset.UTC));
        ui.start();
        ui.pump();
        ui.post(new UiEvent.Key(new KeyStroke('o', false, false)));
        ui.pump();
        screen.stopScreen();
        List<List<String>> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(calls)) {
            for (Path f : files.toList()) {
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                runs.add(raw.isEmpty() ? List.of() : Arrays.asList(raw.substring(0, raw.length() - 1).split("\0", -1)));
                Files.delete(f);
            }
        }
        return runs;
    }

    @Test
    void shell_syntax_in_a_url_arrives_as_one_untouched_argument() throws IOException {
        for (String url : List.of(
                "https://example.org/a?q=$(touch%20" + canary + ")&x=$(id)",
                "https://example.org/a;touch%20x;b&c=1&&d",
                "https://example.org/it's-'quoted'",
                "https://example.org/$HOME/$PATH/~/*?a=!x#frag",
                "https://example.org/-rf")) {
            assertEquals(List.of(List.of(url)), open(url), url);
        }
        assertFalse(Files.exists(canary), "a shell ran the URL");
    }

    @Test
    void links_that_are_not_http_or_https_are_never_opened() throws IOException {
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)", "file:///etc/passwd",
                "data:text/html,<script>alert(1)</script>", "-https://example.org/", "--help", "-oProxyCommand=touch",
                "ftp://example.org/", "about:blank", "/etc/passwd", "")) {
            assertEquals(List.of(), open(url), url);
        }
    }

    @Test
    void links_with_spaces_quotes_pipes_or_newlines_never_reach_a_shell() throws IOException {
        for (String url : List.of("https://example.org/a b", "https://example.org/\"q\"", "https://example.org/`id`",
                "https://example.org/a|touch " + canary, "https://example.org/a\ntouch " + canary,
                "https://example.org/a\r\n-x")) {
            List<List<String>> runs = open(url);
            assertTrue(runs.isEmpty() || runs.equals(List.of(List.of(url.trim()))), url + " gave " + runs);
        }
        assertFalse(Files.exists(canary), "a shell ran the URL");
    }

    @Test
    void a_link_with_a_space_or_a_pipe_still_opens_as_one_argument() throws IOException {
        assertEquals(1, open("https://example.org/a b").size());
        assertEquals(1, open("https://example.org/a|b").size());
    }
}
