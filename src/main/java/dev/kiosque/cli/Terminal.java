package dev.kiosque.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the process is connected to: whether stdout and stderr are terminals, and whether colour
 * is wanted. Decided once at start and injectable for tests.
 */
public record Terminal(boolean stdoutTty, boolean stderrTty, boolean stdinTty, int columns) {

    /** Nothing is a terminal: output for pipes and tests. */
    public static final Terminal NONE = new Terminal(false, false, false, 80);

    /** Detects the real process's terminals (Linux /proc, then {@code System.console()}). */
    public static Terminal detect(Map<String, String> env) {
        boolean console = System.console() != null;
        boolean out = isTty(1, console);
        boolean err = isTty(2, console);
        boolean in = isTty(0, console);
        int columns = 80;
        try {
            columns = Integer.parseInt(env.getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            // keep 80: COLUMNS is only a hint
        }
        return new Terminal(out, err, in, columns);
    }

    private static boolean isTty(int fd, boolean fallback) {
        // Path.of(first, more), not "+": a run's first string concatenation bootstraps invokedynamic
        // machinery, ~20-30 ms that every command would pay here (issue 6)
        Path link = Path.of("/proc/self/fd", Integer.toString(fd));
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fallback;
        }
    }
}
