package dev.kiosque.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import dev.kiosque.app.Library;
import dev.kiosque.config.Config;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The full-screen reader. {@link #run} takes the real terminal; the caller decides beforehand
 * that stdout is a terminal ({@link #isTerminal()}) and closes the library afterwards.
 */
public final class TuiApp {

    /** Exit code of a normal quit. */
    public static final int OK = 0;
    /** Exit code when the terminal cannot be used. */
    public static final int FAILED = 1;
    /** How long Lanterna waits for the rest of an escape sequence, in quarter seconds (slow SSH links). */
    private static final int INPUT_TIMEOUT_QUARTERS = 1;

    private TuiApp() {}

    /** True when the JVM has a console (stdin and stdout are a terminal), as Lanterna's own check on Java 17. */
    public static boolean isTerminal() {
        return System.console() != null;
    }

    /**
     * Problems in the {@code keys:} block of the config, one line each as
     * {@code FILE:LINE:COL: unknown action 'foo' (did you mean 'open'?)} or an unknown key name;
     * empty when every binding is valid. The command line reports them like other config errors.
     */
    public static List<String> checkKeys(Config config) {
        return KeyMap.check(config);
    }

    /**
     * Runs the UI on the real terminal until the user quits; returns the exit code. Ctrl-C quits
     * like {@code q} (the terminal is restored and the method returns instead of the JVM exiting).
     */
    public static int run(Library library, TuiOptions options) {
        String failure;
        try {
            // Built directly rather than by DefaultTerminalFactory: a text terminal only (never a
            // Swing window), UTF-8, Ctrl-C trapped, and our putString (see Utf8Terminal).
            Utf8Terminal terminal = new Utf8Terminal(System.in, System.out);   // exactly one terminal and one screen
            terminal.getInputDecoder().setTimeoutUnits(INPUT_TIMEOUT_QUARTERS);
            return run(library, options, new FrameScreen(terminal));
        } catch (IOException e) {
            failure = e.getMessage();
        }
        System.err.println("kiosque: cannot use the terminal: " + failure);
        return FAILED;
    }

    /** Runs the UI on {@code screen} until the user quits; the screen is stopped in every case. */
    static int run(Library library, TuiOptions options, TerminalScreen screen) throws IOException {
        ExecutorService workers = Executors.newCachedThreadPool(daemon("kiosque-worker"));
        try {
            screen.startScreen();
            Ui ui = new Ui(library, options, screen, workers, Browser.PROCESS, Clock.systemDefaultZone());
            screen.getTerminal().addResizeListener((t, size) -> ui.post(new UiEvent.Resize()));
            ui.start();
            InputPump input = new InputPump(screen, ui);
            ui.setInput(input);
            input.start();
            ui.loop();
            return OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } finally {
            workers.shutdownNow();
            screen.stopScreen();
        }
    }

    private static ThreadFactory daemon(String name) {
        return body -> {
            Thread t = new Thread(body, name);
            t.setDaemon(true);
            return t;
        };
    }
}
