package dev.kiosque.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7, config: a corpus of broken feeds.yaml files. Every command that needs the config says
 * one line, {@code FILE:LINE:COL: what}, exits 2, and writes nothing: no data directory, the file
 * untouched.
 */
class BrokenConfigTest {

    private static final String GOOD_HEAD = "sections:\n  - name: News\n    feeds:\n      - https://example.org/rss\n";

    @TempDir
    Path home;

    static Stream<Arguments> corpus() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a tab in the indentation", text("sections:\n  - name: News\n    feeds:\n\t- https://example.org/rss\n"));
        files.put("a line out of indentation", text("sections:\n  - name: News\n     feeds:\n   - https://example.org/rss\n"));
        files.put("a duplicate key", text("sections:\n  - name: News\n    name: Other\n    feeds:\n      - https://example.org/rss\n"));
        files.put("a duplicate top-level key", text(GOOD_HEAD + "sections:\n  - name: B\n"));
        files.put("a number where a list belongs", text("sections:\n  - name: News\n    feeds: 42\n"));
        files.put("a word where a number belongs", text(GOOD_HEAD + "settings:\n  jobs: many\n"));
        files.put("a list where a duration belongs", text(GOOD_HEAD + "settings:\n  timeout: [1, 2]\n"));
        files.put("sections as a map", text("sections:\n  News: https://example.org/rss\n"));
        files.put("an unclosed quote", text("sections:\n  - name: \"News\n    feeds:\n      - https://example.org/rss\n"));
        files.put("an unclosed flow list", text("sections: [ {name: News, feeds: [https://example.org/rss]\n"));
        files.put("an unknown key", text(GOOD_HEAD + "setings:\n  jobs: 2\n"));
        files.put("a one-megabyte file", text(GOOD_HEAD + "# filler\n".repeat(100_000) + "settings:\n  jobs: -3\n"));
        files.put("a one-megabyte single line", text("sections: \"" + "x".repeat(1 << 20)));
        files.put("an empty file", new byte[0]);
        files.put("only a comment", text("# nothing yet\n"));
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        files.put("a binary file", binary);
        files.put("a PNG header", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        files.put("a NUL in a value", text("sections:\n  - name: \"Ne\u0000ws\"\n    feeds:\n      - https://example.org/rss\n"));
        files.put("an alias bomb", text("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nsections: [*e]\n"));
        files.put("two documents", text(GOOD_HEAD + "---\n" + GOOD_HEAD));
        return files.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void a_broken_feeds_yaml_is_one_line_with_file_line_col_exit_2_and_nothing_written(String name, byte[] content)
            throws IOException {
        Path config = Files.write(home.resolve("feeds.yaml"), content);
        Kiosque kiosque = new Kiosque(home);
        for (String[] args : new String[][] {{"refresh"}, {"headlines"}, {"sections"}, {"feeds", "list"}}) {
            Kiosque.Run run = kiosque.run(args);
            String what = name + ", " + String.join(" ", args);
            assertEquals(2, run.code(), what + ": " + run.err());
            assertEquals(1, run.errLines().size(), what + ": " + run.err());
            assertTrue(run.err().startsWith(config + ":"), what + ": " + run.err());
            assertTrue(run.err().matches("(?s)\\Q" + config + "\\E:\\d+:\\d+: \\S.*"), what + ": " + run.err());
            assertTrue(run.err().length() < 400, what + ": a long error line: " + run.err().length());
            assertEquals("", run.out(), what);
            Hostile.assertClean(what, run.err());
        }
        assertFalse(Files.exists(kiosque.data()), name + ": the data directory was created");
        assertArrayEquals(content, Files.readAllBytes(config), name + ": feeds.yaml was changed");
    }
}
