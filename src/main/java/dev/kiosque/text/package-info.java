/**
 * Text that is safe and measurable: sanitising untrusted strings, folding for search, display
 * width, wrapping, and parsing sizes and durations. Depends on nothing but the JDK.
 */
package dev.kiosque.text;
