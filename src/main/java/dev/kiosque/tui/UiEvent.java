package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** What the UI thread waits for: a key, a resize, or work posted back by a worker thread. */
sealed interface UiEvent {

    /** A key from the input thread. */
    record Key(KeyStroke stroke) implements UiEvent {}

    /** The terminal changed size; the next frame picks the new size up. */
    record Resize() implements UiEvent {}

    /** Code a worker wants run on the UI thread (results, progress). */
    record Task(Runnable body) implements UiEvent {}
}
