package dev.kiosque.tui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which command opens a URL: {@code $BROWSER}, else the {@code browser} setting, else
 * {@code xdg-open}. The command is split on spaces into arguments (no shell is ever involved);
 * a {@code %s} argument is replaced by the URL, otherwise the URL is appended as one argument.
 * As with other programs reading {@code $BROWSER}, a colon-separated list uses its first entry.
 */
final class Browser {
    /** http(s), a host (optionally with user info and port), then anything. */
    private static final Pattern WEB_URL =
            Pattern.compile("(?i)https?://([^/?#\\s@]+@)?[^/?#\\s:@]+(:\\d{1,5})?([/?#].*)?");


    static final String FALLBACK = "xdg-open";

    /** Runs a command with the terminal handed over, and waits for it. */
    interface Launcher {
        void run(List<String> command) throws IOException, InterruptedException;
    }

    /** The real launcher: the child inherits stdin, stdout and stderr. */
    static final Launcher PROCESS = command -> new ProcessBuilder(command).inheritIO().start().waitFor();

    private Browser() {}

    /** True for absolute http and https URLs: nothing else is handed to a browser. */
    static boolean isWebUrl(String url) {
        if (url == null || url.isBlank()) return false;
        String u = url.trim();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) return false;   // never a control in an argument
        }
        // Lenient on purpose: feeds publish links with spaces or '|' that java.net.URI refuses,
        // and the URL goes to the browser as one argument, never through a shell.
        return WEB_URL.matcher(u).matches();
    }

    /** The argument list that opens {@code url}. */
    static List<String> command(String envBrowser, String setting, String url) {
        String program = firstNonBlank(firstEntry(envBrowser), setting, FALLBACK);
        List<String> args = new ArrayList<>();
        boolean placed = false;
        for (String part : program.trim().split("\\s+")) {
            if (part.equals("%s")) {
                args.add(url);
                placed = true;
            } else {
                args.add(part);
            }
        }
        if (!placed) args.add(url);
        return args;
    }

    private static String firstEntry(String list) {
        if (list == null) return null;
        for (String entry : list.split(":")) if (!entry.isBlank()) return entry;
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return FALLBACK;
    }
}
