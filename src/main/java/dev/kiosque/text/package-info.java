/**
 * Text that is safe and measurable: sanitising untrusted strings ({@link dev.kiosque.text.PlainText}),
 * folding for search ({@link dev.kiosque.text.Fold}), grapheme clusters and display width in terminal
 * columns ({@link dev.kiosque.text.Graphemes}, {@link dev.kiosque.text.DisplayWidth}), wrapping and
 * fitting to a width ({@link dev.kiosque.text.Wrapper}, {@link dev.kiosque.text.Truncate}), and parsing
 * sizes and durations. Depends on nothing but the JDK.
 */
package dev.kiosque.text;
