package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.kiosque.app.Library;
import dev.kiosque.config.Config;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
        factory.setForceTextTerminal(true);                // never a Swing window
        factory.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
        factory.setInputTimeout(INPUT_TIMEOUT_QUARTERS);
        ExecutorService workers = Executors.newCachedThreadPool(daemon("kiosque-worker"));
        Screen screen = null;
        try {
            Terminal terminal = factory.createTerminal();
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            Ui ui = new Ui(library, options, screen, workers, Browser.PROCESS, Clock.systemDefaultZone());
            terminal.addResizeListener((t, size) -> ui.post(new UiEvent.Resize()));
            ui.start();
            startInputThread(screen, ui);
            ui.loop();
            return OK;
        } catch (IOException e) {
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } finally {
            workers.shutdownNow();
            if (screen != null) {
                try {
                    screen.stopScreen();
                } catch (IOException ignored) {
                    // The terminal is gone; nothing left to restore.
                }
            }
        }
    }

    /** A daemon thread blocked in readInput() that feeds the UI queue (no polling, no busy wait). */
    private static void startInputThread(Screen screen, Ui ui) {
        Thread input = new Thread(() -> {
            try {
                while (true) {
                    KeyStroke key = screen.readInput();
                    if (key == null) continue;
                    if (key.getKeyType() == KeyType.EOF) {
                        ui.later(ui::quit);
                        return;
                    }
                    ui.post(new UiEvent.Key(key));
                }
            } catch (IOException | RuntimeException e) {
                ui.later(ui::quit);           // the terminal went away: leave cleanly
            }
        }, "kiosque-input");
        input.setDaemon(true);                    // a read blocked on stdin must not keep the JVM alive
        input.start();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return body -> {
            Thread t = new Thread(body, name);
            t.setDaemon(true);
            return t;
        };
    }
}
