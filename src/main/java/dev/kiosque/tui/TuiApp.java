package dev.kiosque.tui;

import dev.kiosque.app.Library;

/** The full-screen reader. */
public final class TuiApp {
    private TuiApp() {}

    /** Runs the UI on the real terminal until the user quits; returns the exit code. */
    public static int run(Library library, TuiOptions options) {
        throw new UnsupportedOperationException("TODO tui helper");
    }

    /** Problems of the config's {@code keys:} block, each as one FILE:LINE:COL line. */
    public static java.util.List<String> checkKeys(dev.kiosque.config.Config config) {
        return java.util.List.of();
    }
}
