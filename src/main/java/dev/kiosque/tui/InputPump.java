package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;

/**
 * The input thread: blocked in {@link Screen#readInput()} (no polling, no busy wait), it posts
 * every key to the UI queue. While an external program owns the terminal it is paused: a read
 * already blocked on stdin cannot be taken back, so at most one key typed into that program can
 * reach us, and it is dropped rather than acted upon.
 */
final class InputPump implements Runnable {

    private final Screen screen;
    private final Ui ui;
    private boolean paused;

    InputPump(Screen screen, Ui ui) {
        this.screen = screen;
        this.ui = ui;
    }

    /** Starts the pump on a daemon thread: a read blocked on stdin must not keep the JVM alive. */
    Thread start() {
        Thread thread = new Thread(this, "kiosque-input");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    synchronized void pause() {
        paused = true;
    }

    synchronized void resume() {
        paused = false;
        notifyAll();
    }

    private synchronized boolean awaitOpen() throws InterruptedException {
        while (paused) wait();
        return true;
    }

    private synchronized boolean isPaused() {
        return paused;
    }

    @Override
    public void run() {
        try {
            while (awaitOpen()) {
                KeyStroke key = screen.readInput();
                if (key == null || isPaused()) continue;       // typed for the external program
                if (key.getKeyType() == KeyType.EOF) {
                    ui.later(ui::quit);
                    return;
                }
                ui.post(new UiEvent.Key(key));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            ui.later(ui::quit);                                // the terminal went away: leave cleanly
        }
    }
}
