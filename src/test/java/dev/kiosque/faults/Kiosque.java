package dev.kiosque.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiosque.cli.Cli;
import dev.kiosque.cli.Terminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line run in-process as a script sees it (no terminal), in a home directory whose
 * {@code feeds.yaml} is in the working directory and whose data lives under {@code home/data}.
 */
final class Kiosque {

    /** One run: exit code, stdout, stderr. */
    record Run(int code, String out, String err) {
        /** The stderr lines. */
        List<String> errLines() {
            return err.lines().toList();
        }

        /** Asserts a failure is one plain line with no stack trace. */
        void assertOneLineError(int expectedCode) {
            assertEquals(expectedCode, code, err);
            assertEquals(1, errLines().size(), err);
            assertFalse(err.contains("\tat "), err);
            assertFalse(err.contains("Exception"), err);
        }
    }

    final Path home;

    Kiosque(Path home) {
        this.home = home;
    }

    /** Writes {@code feeds.yaml} with one section per entry (section name → feed URLs), plus {@code extra} YAML. */
    Kiosque config(Map<String, List<String>> sections, String extra) {
        StringBuilder yaml = new StringBuilder("sections:\n");
        sections.forEach((name, urls) -> {
            yaml.append("  - name: ").append(name).append("\n    feeds:\n");
            urls.forEach(u -> yaml.append("      - ").append(u).append('\n'));
        });
        yaml.append(extra);
        return write("feeds.yaml", yaml.toString());
    }

    /** One section "News" with these feeds. */
    Kiosque feeds(String... urls) {
        return config(Map.of("News", List.of(urls)), "settings:\n  timeout: 3s\n");
    }

    Kiosque write(String name, String text) {
        try {
            Files.writeString(home.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path data() {
        return home.resolve("data");
    }

    Run run(String... args) {
        return runWith(Map.of(), args);
    }

    Run runWith(Map<String, String> extraEnv, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", data().toString());
        env.put("LANG", "C.UTF-8");
        env.putAll(extraEnv);
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]), env, Terminal.NONE, home);
        return new Run(code, out.toString(), err.toString());
    }
}
