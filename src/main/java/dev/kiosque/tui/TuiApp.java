package dev.kiosque.tui;

import dev.kiosque.app.Library;

/** The full-screen reader. */
public final class TuiApp {
    private TuiApp() {}

    /** Runs the UI on the real terminal until the user quits; returns the exit code. */
    public static int run(Library library, TuiOptions options) {
        throw new UnsupportedOperationException("TODO tui helper");
    }
}
