/**
 * The full-screen reader on Lanterna's Screen layer. One UI thread owns the screen and waits on a
 * queue of events (keys from an input thread, resizes, results posted by workers); views draw only
 * the rows that are visible. One key table ({@link dev.kiosque.tui.Action}) drives bindings, the
 * help screen and the hint line. Lanterna is used in this package only; its terminal is our
 * {@code Utf8Terminal}, which writes each cell as one UTF-8 string so that emoji
 * and other text outside the BMP reach the terminal whole (see {@code Glyphs}).
 */
package dev.kiosque.tui;
