package dev.kiosque.config;

import java.util.List;

/**
 * A YAML node as read from feeds.yaml, with the 1-based line and column where it starts and the
 * last line its content occupies (so that the editor can cut an entry out of the text).
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    int line();

    int column();

    int lastLine();

    /** What the node is, in words, for "must be ..., got ..." messages. */
    String describe();

    /** A scalar; {@code isNull} for an empty value, {@code ~} or {@code null}. */
    record Scalar(String text, boolean isNull, int line, int column, int lastLine) implements YamlNode {
        @Override
        public String describe() {
            return isNull ? "nothing" : "'" + text + "'";
        }
    }

    /** One {@code key: value} pair, located at its key. */
    record Entry(String key, int line, int column, YamlNode value) {}

    /** A mapping; {@code flow} when written {@code {a: 1}}. */
    record Mapping(List<Entry> entries, boolean flow, int line, int column, int lastLine) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Entry get(String key) {
            for (Entry e : entries) {               // a loop, not a stream: called ~10 times per feed at start-up
                if (e.key().equals(key)) return e;
            }
            return null;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A sequence; {@code flow} when written {@code [a, b]}. */
    record Sequence(List<YamlNode> items, boolean flow, int line, int column, int lastLine) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
