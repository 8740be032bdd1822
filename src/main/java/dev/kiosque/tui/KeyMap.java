package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.kiosque.config.Config;
import dev.kiosque.config.KeyBinding;
import dev.kiosque.tui.View.ViewKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key bindings built from the {@link Action} table and the {@code keys:} block of feeds.yaml. A
 * binding replaces the default keys of its action; a key bound by the user wins over the default
 * meaning of that key.
 */
final class KeyMap {

    /** Keys whose meaning is fixed so that the reader can always get out. */
    private static final String CTRL_C = "C-c";

    private final Map<Action, List<String>> keysByAction;
    private final Map<String, List<Action>> actionsByKey = new HashMap<>();

    private KeyMap(Map<Action, List<String>> keysByAction, Set<Action> rebound) {
        this.keysByAction = keysByAction;
        // Rebound actions first, so that a user's key wins over another action's default.
        List<Action> order = new ArrayList<>(rebound);
        for (Action a : Action.values()) if (!rebound.contains(a)) order.add(a);
        for (Action a : order) {
            for (String key : keysByAction.get(a)) actionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
    }

    /** The default bindings. */
    static KeyMap defaults() {
        return from(List.of());
    }

    /** Defaults overridden by {@code bindings}; invalid entries (see {@link #check}) are skipped. */
    static KeyMap from(List<KeyBinding> bindings) {
        Map<Action, List<String>> keys = new EnumMap<>(Action.class);
        for (Action a : Action.values()) keys.put(a, a.defaultKeys());
        Set<Action> rebound = new LinkedHashSet<>();
        for (KeyBinding b : bindings) {
            Action action = Action.byConfigName(b.action());
            if (action == null) continue;
            List<String> names = b.keys().stream().map(KeyNames::canonical).filter(k -> k != null).distinct().toList();
            if (names.isEmpty()) continue;
            keys.put(action, names);
            rebound.add(action);
        }
        return new KeyMap(keys, rebound);
    }

    /**
     * Problems in the {@code keys:} block, one line each as {@code FILE:LINE:COL: message}: unknown
     * actions (with a suggestion) and unknown key names. Empty when the block is valid.
     */
    static List<String> check(Config config) {
        String file = config.file() == null ? "feeds.yaml" : config.file().toString();
        List<String> errors = new ArrayList<>();
        for (KeyBinding b : config.keys()) {
            String where = file + ":" + b.line() + ":" + Math.max(1, b.column()) + ": ";
            Action action = Action.byConfigName(b.action());
            if (action == null) {
                errors.add(where + "unknown action '" + b.action() + "'" + suggestion(b.action()));
                continue;
            }
            if (b.keys().isEmpty()) errors.add(where + "no key given for action '" + b.action() + "'");
            for (String key : b.keys()) {
                if (KeyNames.canonical(key) == null) {
                    errors.add(where + "unknown key '" + key + "' for action '" + b.action()
                            + "' (use one character, C-x, M-x, Enter, Esc, Tab, Space, Up, Down, Left, Right,"
                            + " PgUp, PgDn, Home, End or F1-F12)");
                }
            }
        }
        return errors;
    }

    /** The action a key stroke means in a view, or null. Ctrl-C always quits. */
    Action actionFor(KeyStroke key, ViewKind view) {
        String name = KeyNames.of(key);
        if (name == null) return null;
        if (name.equals(CTRL_C)) return Action.QUIT;
        for (Action a : actionsByKey.getOrDefault(name, List.of())) {
            if (a.appliesTo(view)) return a;
        }
        return null;
    }

    /** The keys bound to an action, in the order they were given. */
    List<String> keysOf(Action action) {
        return keysByAction.get(action);
    }

    private static String suggestion(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Action a : Action.values()) {
            int d = distance(name, a.configName());
            if (d < bestDistance) {
                bestDistance = d;
                best = a.configName();
            }
        }
        int allowed = Math.max(2, name.length() / 3);   // a typo, not a different word
        if (bestDistance <= allowed) return " (did you mean '" + best + "'?)";
        List<String> names = new ArrayList<>();
        for (Action a : Action.values()) names.add(a.configName());
        return " (known actions: " + String.join(", ", names) + ")";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
