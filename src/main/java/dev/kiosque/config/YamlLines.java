package dev.kiosque.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * feeds.yaml as a list of lines, each kept with its own line ending, so that an edit changes the
 * lines it inserts or deletes and leaves every other byte as it was. Also writes YAML scalars.
 */
final class YamlLines {

    /** Characters that may not start a plain (unquoted) YAML scalar (also read by {@link PlainYaml}). */
    static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");
    private static final Pattern NEEDS_QUOTES = Pattern.compile(".*(: |\\s#|:$|^\\s|\\s$|^~$|^[0-9.+]).*");

    private final List<String> lines = new ArrayList<>();
    private final String eol;

    YamlLines(String text) {
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        // why: new lines follow the file's own convention (Windows editors write CRLF)
        eol = text.contains("\r\n") ? "\r\n" : "\n";
    }

    int size() {
        return lines.size();
    }

    /** Line {@code n} (1-based) without its line ending. */
    String line(int n) {
        return lines.get(n - 1).replaceAll("\\r?\\n$", "");
    }

    /** Inserts {@code added} (without line endings) after line {@code n} (0 = at the top). */
    void insertAfter(int n, List<String> added) {
        if (n > 0 && !lines.get(n - 1).endsWith("\n")) lines.set(n - 1, lines.get(n - 1) + eol);
        List<String> withEnds = added.stream().map(l -> l + eol).toList();
        lines.addAll(n, withEnds);
    }

    /** Deletes lines {@code from} to {@code to}, both included (1-based). */
    void delete(int from, int to) {
        lines.subList(from - 1, to).clear();
    }

    /**
     * The 0-based column of the {@code -} that introduces the sequence item whose content starts at
     * {@code line}:{@code column}, or -1 when that content does not begin its own {@code - } line
     * (as in a flow list), in which case the entry cannot be edited line by line.
     */
    int dashColumn(int line, int column) {
        String text = line(line);
        String before = text.substring(0, Math.min(column - 1, text.length()));
        String trimmed = before.stripTrailing();
        if (!trimmed.endsWith("-") || !trimmed.substring(0, trimmed.length() - 1).isBlank()) return -1;
        return trimmed.length() - 1;
    }

    /**
     * Extends an entry ending at line {@code last} over the comment-only lines right after it
     * that are indented at least {@code minIndent} columns: they belong to the entry or its list.
     */
    int extendOverComments(int last, int minIndent) {
        int n = last;
        while (n < lines.size()) {
            String next = line(n + 1);
            String stripped = next.stripLeading();
            if (!stripped.startsWith("#") || next.length() - stripped.length() < minIndent) break;
            n++;
        }
        return n;
    }

    @Override
    public String toString() {
        return String.join("", lines);
    }

    /** {@code value} as a YAML scalar: plain when that reads back the same, else double-quoted. */
    static String scalar(String value) {
        boolean plain = !value.isEmpty()
                && INDICATORS.indexOf(value.charAt(0)) < 0
                && !NEEDS_QUOTES.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && value.codePoints().allMatch(c -> c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F));
        return plain ? value : quoted(value);
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
