package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Locale;
import java.util.Map;

/**
 * Names of keys as written in feeds.yaml and shown in the help: one printable character as itself
 * ({@code j}, {@code G}, {@code /}), named keys ({@code Enter}, {@code Esc}, {@code Tab},
 * {@code BackTab}, {@code Space}, {@code Backspace}, {@code Delete}, {@code Insert}, {@code Up},
 * {@code Down}, {@code Left}, {@code Right}, {@code PgUp}, {@code PgDn}, {@code Home}, {@code End},
 * {@code F1}-{@code F12}) and control or alt chords ({@code C-x}, {@code M-x}).
 */
final class KeyNames {

    /** Named keys by a folded spelling (lower case, no dashes), so that "PageDown" and "pgdn" both work. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("enter", "Enter"), Map.entry("return", "Enter"), Map.entry("esc", "Esc"),
            Map.entry("escape", "Esc"), Map.entry("tab", "Tab"), Map.entry("backtab", "BackTab"),
            Map.entry("stab", "BackTab"), Map.entry("space", "Space"), Map.entry("backspace", "Backspace"),
            Map.entry("delete", "Delete"), Map.entry("del", "Delete"), Map.entry("insert", "Insert"),
            Map.entry("up", "Up"), Map.entry("down", "Down"), Map.entry("left", "Left"), Map.entry("right", "Right"),
            Map.entry("pgup", "PgUp"), Map.entry("pageup", "PgUp"), Map.entry("pgdn", "PgDn"),
            Map.entry("pgdown", "PgDn"), Map.entry("pagedown", "PgDn"), Map.entry("home", "Home"),
            Map.entry("end", "End"));

    private static final Map<KeyType, String> BY_TYPE = Map.ofEntries(
            Map.entry(KeyType.Enter, "Enter"), Map.entry(KeyType.Escape, "Esc"), Map.entry(KeyType.Tab, "Tab"),
            Map.entry(KeyType.ReverseTab, "BackTab"), Map.entry(KeyType.Backspace, "Backspace"),
            Map.entry(KeyType.Delete, "Delete"), Map.entry(KeyType.Insert, "Insert"),
            Map.entry(KeyType.ArrowUp, "Up"), Map.entry(KeyType.ArrowDown, "Down"),
            Map.entry(KeyType.ArrowLeft, "Left"), Map.entry(KeyType.ArrowRight, "Right"),
            Map.entry(KeyType.PageUp, "PgUp"), Map.entry(KeyType.PageDown, "PgDn"),
            Map.entry(KeyType.Home, "Home"), Map.entry(KeyType.End, "End"),
            Map.entry(KeyType.F1, "F1"), Map.entry(KeyType.F2, "F2"), Map.entry(KeyType.F3, "F3"),
            Map.entry(KeyType.F4, "F4"), Map.entry(KeyType.F5, "F5"), Map.entry(KeyType.F6, "F6"),
            Map.entry(KeyType.F7, "F7"), Map.entry(KeyType.F8, "F8"), Map.entry(KeyType.F9, "F9"),
            Map.entry(KeyType.F10, "F10"), Map.entry(KeyType.F11, "F11"), Map.entry(KeyType.F12, "F12"));

    private KeyNames() {}

    /** The canonical name of a key as written by a user, or null when it names no key. */
    static String canonical(String name) {
        if (name == null || name.isEmpty()) return null;
        if (name.codePointCount(0, name.length()) == 1) {
            return name.codePointAt(0) == ' ' ? "Space" : printable(name.codePointAt(0)) ? name : null;
        }
        String folded = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (NAMED.containsKey(folded)) return NAMED.get(folded);
        if (folded.matches("f([1-9]|1[0-2])")) return "F" + folded.substring(1);
        String chord = chord(name);
        return chord;
    }

    /** The canonical name of a key stroke, or null for keys that cannot be bound. */
    static String of(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character) {
            char c = key.getCharacter();
            if (key.isCtrlDown()) return "C-" + Character.toLowerCase(c);
            if (key.isAltDown()) return "M-" + c;
            return c == ' ' ? "Space" : String.valueOf(c);
        }
        return BY_TYPE.get(key.getKeyType());
    }

    /** "C-x", "Ctrl-x", "^x" and "M-x", "Alt-x" for one letter or digit. */
    private static String chord(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String rest;
        String prefix;
        if (lower.startsWith("c-") || lower.startsWith("^")) {
            prefix = "C-";
            rest = name.substring(lower.startsWith("^") ? 1 : 2);
        } else if (lower.startsWith("ctrl-")) {
            prefix = "C-";
            rest = name.substring(5);
        } else if (lower.startsWith("m-") || lower.startsWith("alt-")) {
            prefix = "M-";
            rest = name.substring(lower.startsWith("m-") ? 2 : 4);
        } else {
            return null;
        }
        if (rest.length() != 1 || !Character.isLetterOrDigit(rest.charAt(0))) return null;
        return prefix + (prefix.equals("C-") ? rest.toLowerCase(Locale.ROOT) : rest);
    }

    private static boolean printable(int cp) {
        return cp > ' ' && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) && Character.isDefined(cp);
    }
}
