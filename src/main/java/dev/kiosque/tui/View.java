package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** One screen of the reader. Views are driven by the UI thread only. */
interface View {

    /** Which part of the key table applies. */
    ViewKind kind();

    /** The text after "kiosque · " on the top line. */
    String title();

    /** Draws the view into the rows {@code top} to {@code top + height - 1}. */
    void draw(Canvas canvas, int top, int height);

    /** Handles an action; {@code key} is the stroke that triggered it (digits carry a link number). */
    void handle(Action action, KeyStroke key);

    /** Called after a refresh or a change of read state so the view can re-query the library. */
    default void reload() {}

    /** The kinds of view the key table distinguishes. */
    enum ViewKind { SECTIONS, HEADLINES, ARTICLE, LINKS, HELP }
}
