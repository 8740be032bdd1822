package dev.kiosque.tui;

import java.util.Locale;
import java.util.Map;

/**
 * How to run the text UI: colours on or off, the UI language (English or French), whether to
 * stay off the network, and the environment (for $BROWSER, $COLORTERM, ...).
 */
public record TuiOptions(boolean color, Locale locale, boolean offline, Map<String, String> env) {
    public TuiOptions {
        env = env == null ? Map.of() : Map.copyOf(env);
    }
}
