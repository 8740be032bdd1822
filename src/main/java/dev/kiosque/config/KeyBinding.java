package dev.kiosque.config;

import java.util.List;

/**
 * One entry of the {@code keys:} block: an action name bound to key names, with the position of
 * the entry in feeds.yaml so that the TUI, which knows the action names, can report an unknown
 * action or key as {@code FILE:LINE:COL}.
 */
public record KeyBinding(String action, List<String> keys, int line, int column) {
    public KeyBinding {
        keys = List.copyOf(keys);
    }
}
