package dev.kiosque.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Located type checks on {@link YamlNode}s; every failure is a {@link ConfigException} for one file. */
final class Checks {

    private static final Set<String> TRUE = Set.of("true", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "no", "off");

    private final Path file;

    Checks(Path file) {
        this.file = file;
    }

    ConfigException at(YamlNode node, String message) {
        return new ConfigException(file, node.line(), node.column(), message);
    }

    ConfigException at(YamlNode.Entry entry, String message) {
        return new ConfigException(file, entry.line(), entry.column(), message);
    }

    /** Where a value problem is shown: at the value, or at its key when the value is empty. */
    ConfigException atValue(YamlNode.Entry entry, String message) {
        return isNull(entry.value()) ? at(entry, message) : at(entry.value(), message);
    }

    static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.isNull();
    }

    /** Rejects a key not in {@code known}, suggesting the closest one. */
    void knownKeys(YamlNode.Mapping mapping, Set<String> known, String where) throws ConfigException {
        for (YamlNode.Entry e : mapping.entries()) {
            if (known.contains(e.key())) continue;
            String close = Suggest.closest(e.key(), known);
            String hint = close != null ? " (did you mean '" + close + "'?)"
                    : " " + where + " (expected one of: " + String.join(", ", known) + ")";
            throw at(e, "unknown key '" + e.key() + "'" + hint);
        }
    }

    YamlNode.Mapping mapping(YamlNode.Entry entry, String what) throws ConfigException {
        if (entry.value() instanceof YamlNode.Mapping m) return m;
        throw atValue(entry, "'" + entry.key() + "' must be " + what + ", got " + entry.value().describe());
    }

    YamlNode.Sequence sequence(YamlNode.Entry entry, String what) throws ConfigException {
        if (entry.value() instanceof YamlNode.Sequence s) return s;
        throw atValue(entry, "'" + entry.key() + "' must be " + what + ", got " + entry.value().describe());
    }

    /** A non-empty text value. */
    String text(YamlNode.Entry entry) throws ConfigException {
        if (entry.value() instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) return s.text().strip();
        if (isNull(entry.value())) throw at(entry, "'" + entry.key() + "' has no value");
        if (entry.value() instanceof YamlNode.Scalar) throw atValue(entry, "'" + entry.key() + "' is empty");
        throw atValue(entry, "'" + entry.key() + "' must be text, got " + entry.value().describe());
    }

    /** A whole number between {@code min} and {@code max}. */
    int wholeNumber(YamlNode.Entry entry, int min, int max) throws ConfigException {
        String text = scalarText(entry, "a whole number");
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            String range = text.matches("-?\\d+") ? "between " + min + " and " + max : "a whole number";
            throw atValue(entry, "'" + entry.key() + "' must be " + range + ", got '" + text + "'");
        }
        if (value < min || value > max) {
            throw atValue(entry, "'" + entry.key() + "' must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** {@code true/false} (also {@code yes/no}, {@code on/off}), or null when the value is something else. */
    static Boolean bool(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar s) || s.isNull()) return null;
        String t = s.text().strip().toLowerCase(Locale.ROOT);
        return TRUE.contains(t) ? Boolean.TRUE : FALSE.contains(t) ? Boolean.FALSE : null;
    }

    boolean bool(YamlNode.Entry entry) throws ConfigException {
        Boolean b = bool(entry.value());
        if (b != null) return b;
        throw atValue(entry, "'" + entry.key() + "' must be true or false, got " + entry.value().describe());
    }

    /** The text of a scalar value, for values that are then parsed further. */
    String scalarText(YamlNode.Entry entry, String what) throws ConfigException {
        if (entry.value() instanceof YamlNode.Scalar s && !s.isNull()) return s.text().strip();
        if (isNull(entry.value())) throw at(entry, "'" + entry.key() + "' has no value");
        throw atValue(entry, "'" + entry.key() + "' must be " + what + ", got " + entry.value().describe());
    }
}
