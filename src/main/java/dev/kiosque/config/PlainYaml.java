package dev.kiosque.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fast path for the shape of YAML that feeds.yaml files are written in: block mappings with
 * plain keys, block sequences, one-line plain or quoted scalars, one-line flow lists of plain
 * words, comments. It builds the same {@link YamlNode} tree, with the same positions, as the
 * Jackson path of {@link YamlReader}, and gives up (null) on anything else, errors included, so
 * that Jackson reads those files and reports their errors.
 *
 * <p>Why: at start-up Jackson's YAML parser runs interpreted, ~0.6 ms per feed (60 ms for 100
 * feeds, on every {@code kiosque headlines}); this reader is one pass over the characters.
 * Columns are 1-based and counted in code points, lines 1-based, as Jackson reports them.
 */
final class PlainYaml {

    /** Nesting deeper than any feeds.yaml: left to Jackson and its limits. */
    private static final int MAX_DEPTH = 32;
    /** Longer plain scalars are left to Jackson, whose number parsing has length limits. */
    private static final int MAX_SCALAR = 1000;
    /** Longer keys are left to Jackson (SnakeYAML limits a simple key to 1024 characters). */
    private static final int MAX_KEY = 128;

    /** Thrown to give up; never escapes {@link #read}. */
    private static final class GiveUp extends Exception {
        GiveUp() {
            super(null, null, false, false);               // no stack trace: it is control flow
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final String text;
    private final int[] lineStarts;
    private final int[] lineEnds;
    private final int lines;
    /** The current line (0-based), and the offset in {@link #text} where its unread content starts. */
    private int line;
    private int pos;
    private boolean eof;
    private int depth;

    private PlainYaml(String text, int[] lineStarts, int[] lineEnds, int lines) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.lineEnds = lineEnds;
        this.lines = lines;
    }

    /** The tree of {@code text}, or null when the text is not in the plain shape this reader knows. */
    static YamlNode read(String text) {
        int n = text.length();
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        for (int start = 0; ; ) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            if (!plainLine(text, start, end)) return null;   // a call per line: compiled by C1, see plainLine
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
            if (nl < 0) break;
            start = nl + 1;
        }
        PlainYaml reader = new PlainYaml(text, starts, ends, count);
        try {
            return reader.document();
        } catch (GiveUp e) {
            return null;
        }
    }

    /**
     * False for a line this reader leaves to Jackson: a document marker, a tab, another line break
     * than {@code \n}, an inner BOM. One call per line rather than one loop over the text: a method
     * called hundreds of times is compiled (C1), a loop run once stays interpreted.
     */
    private static boolean plainLine(String text, int start, int end) {
        if (text.startsWith("---", start) || text.startsWith("...", start)) return false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c == '\t' || c == '\r' : c >= 0x85 && (c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\uFEFF')) {
                return false;
            }
        }
        return true;
    }

    private YamlNode document() throws GiveUp {
        line = -1;
        nextContent();
        if (eof || column() != 0 || !isKey(pos)) throw GIVE_UP;
        YamlNode root = mapping(0);
        if (!eof) throw GIVE_UP;
        return root;
    }

    /** Moves to the first content (not blank, not comment) of the lines after the current one. */
    private void nextContent() {
        while (++line < lines) {
            int end = lineEnds[line];
            int i = lineStarts[line];
            while (i < end && text.charAt(i) == ' ') i++;
            if (i < end && text.charAt(i) != '#') {
                pos = i;
                return;
            }
        }
        eof = true;
    }

    /** The 0-based column of {@link #pos} in characters (for indentation). */
    private int column() {
        return pos - lineStarts[line];
    }

    /** The 1-based column of offset {@code at} of the current line, in code points. */
    private int columnAt(int at) {
        return 1 + text.codePointCount(lineStarts[line], at);
    }

    /** A block mapping whose keys start at column {@code indent}; the cursor is on its first key. */
    private YamlNode.Mapping mapping(int indent) throws GiveUp {
        if (++depth > MAX_DEPTH) throw GIVE_UP;
        int startLine = line + 1;
        int startColumn = columnAt(pos);
        List<YamlNode.Entry> entries = new ArrayList<>();
        while (true) {
            int end = lineEnds[line];
            int keyEnd = keyEnd(pos);
            if (keyEnd < 0) throw GIVE_UP;
            String key = text.substring(pos, keyEnd);
            for (YamlNode.Entry e : entries) {
                if (e.key().equals(key)) throw GIVE_UP;    // Jackson's path reports duplicates
            }
            int keyLine = line + 1;
            int keyColumn = columnAt(pos);
            int i = skipSpaces(keyEnd + 1, end);
            YamlNode value;
            if (i == end || text.charAt(i) == '#') {      // the value is on the lines below
                nextContent();
                if (eof) throw GIVE_UP;                    // an empty value: Jackson's path places it
                int col = column();
                if (col > indent) {
                    value = block(col);
                } else if (col == indent && isDash(pos)) {
                    value = sequence(col);                 // an indentless list
                } else {
                    throw GIVE_UP;
                }
            } else {
                value = inline(i, end);
                nextContent();
            }
            entries.add(new YamlNode.Entry(key, keyLine, keyColumn, value));
            if (eof) break;
            int col = column();
            if (col < indent) break;
            if (col > indent || !isKey(pos)) throw GIVE_UP;
        }
        depth--;
        int last = entries.get(entries.size() - 1).value().lastLine();
        return new YamlNode.Mapping(entries, false, startLine, startColumn, last);
    }

    /** A block sequence whose dashes are at column {@code indent}; the cursor is on its first dash. */
    private YamlNode.Sequence sequence(int indent) throws GiveUp {
        if (++depth > MAX_DEPTH) throw GIVE_UP;
        int startLine = line + 1;
        int startColumn = columnAt(pos);
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            int end = lineEnds[line];
            int i = skipSpaces(pos + 1, end);
            if (i == end || text.charAt(i) == '#') throw GIVE_UP;   // an item on the lines below: rare, left to Jackson
            pos = i;
            int col = column();
            if (isDash(i) || isKey(i)) {
                items.add(block(col));                     // "- - x" or "- key: value": a block on this line
            } else {
                items.add(inline(i, end));
                nextContent();
            }
            if (eof) break;
            col = column();
            if (col < indent || (col == indent && !isDash(pos))) break;
            if (col > indent) throw GIVE_UP;
        }
        depth--;
        int last = items.get(items.size() - 1).lastLine();
        return new YamlNode.Sequence(items, false, startLine, startColumn, last);
    }

    /** A mapping or a sequence starting at the cursor, at column {@code indent}. */
    private YamlNode block(int indent) throws GiveUp {
        if (isDash(pos)) return sequence(indent);
        if (isKey(pos)) return mapping(indent);
        throw GIVE_UP;                                     // a scalar on its own line: left to Jackson
    }

    /** A scalar or a flow list from {@code i} to the end of the line (or its comment). */
    private YamlNode inline(int i, int end) throws GiveUp {
        char c = text.charAt(i);
        if (c == '[') return flowList(i, end);
        int close;
        String value;
        if (c == '"') {
            close = text.indexOf('"', i + 1);
            if (close < 0 || close >= end) throw GIVE_UP;
            value = text.substring(i + 1, close);
            if (value.indexOf('\\') >= 0) throw GIVE_UP;   // escapes: left to Jackson
            close++;
        } else if (c == '\'') {
            StringBuilder out = new StringBuilder();
            int j = i + 1;
            while (true) {
                if (j >= end) throw GIVE_UP;
                char d = text.charAt(j);
                if (d == '\'') {
                    if (j + 1 < end && text.charAt(j + 1) == '\'') {
                        out.append('\'');
                        j += 2;
                        continue;
                    }
                    break;
                }
                out.append(d);
                j++;
            }
            value = out.toString();
            close = j + 1;
        } else {
            int stop = plainEnd(i, end);
            value = text.substring(i, stop);
            if (!plainValue(value)) throw GIVE_UP;
            close = stop;
        }
        if (value.equals("~")) throw GIVE_UP;              // read as null by Jackson's path
        checkRest(close, end);
        return new YamlNode.Scalar(value, false, line + 1, columnAt(i), line + 1);
    }

    /** A flow list of plain words on one line, like {@code [a, b]}. */
    private YamlNode.Sequence flowList(int open, int end) throws GiveUp {
        List<YamlNode> items = new ArrayList<>();
        int i = skipSpaces(open + 1, end);
        if (i < end && text.charAt(i) == ']') {
            checkRest(i + 1, end);
            return new YamlNode.Sequence(items, true, line + 1, columnAt(open), line + 1);
        }
        while (true) {
            int j = i;
            while (j < end && ",]".indexOf(text.charAt(j)) < 0) {
                if ("[{}#:\"'".indexOf(text.charAt(j)) >= 0) throw GIVE_UP;
                j++;
            }
            if (j == end) throw GIVE_UP;
            int stop = j;
            while (stop > i && text.charAt(stop - 1) == ' ') stop--;
            String value = text.substring(i, stop);
            if (!plainValue(value)) throw GIVE_UP;
            items.add(new YamlNode.Scalar(value, false, line + 1, columnAt(i), line + 1));
            if (text.charAt(j) == ']') {
                checkRest(j + 1, end);
                return new YamlNode.Sequence(items, true, line + 1, columnAt(open), line + 1);
            }
            i = skipSpaces(j + 1, end);
        }
    }

    /** Where a plain scalar starting at {@code i} ends: before a comment or the trailing spaces. */
    private int plainEnd(int i, int end) {
        int j = i;
        while (j < end && !(text.charAt(j) == '#' && text.charAt(j - 1) == ' ')) j++;
        while (j > i && text.charAt(j - 1) == ' ') j--;
        return j;
    }

    /** True for a plain scalar that Jackson's path reads as this same string. */
    private static boolean plainValue(String value) {
        int n = value.length();
        if (n == 0 || n > MAX_SCALAR || YamlLines.INDICATORS.indexOf(value.charAt(0)) >= 0) return false;
        if (value.charAt(n - 1) == ':' || value.contains(": ")) return false;   // a key, to YAML
        // null to some YAML schema: Jackson's path gives no text for them
        return !(value.equals("null") || value.equals("Null") || value.equals("NULL"));
    }

    /** After a value: nothing but spaces, then the end of the line or a comment after a space. */
    private void checkRest(int i, int end) throws GiveUp {
        int j = skipSpaces(i, end);
        if (j == end) return;
        if (text.charAt(j) != '#' || j == i) throw GIVE_UP;
    }

    private int skipSpaces(int i, int end) {
        while (i < end && text.charAt(i) == ' ') i++;
        return i;
    }

    /** True at a {@code -} that opens a list item: followed by a space or the end of the line. */
    private boolean isDash(int i) {
        int end = lineEnds[line];
        return text.charAt(i) == '-' && (i + 1 == end || text.charAt(i + 1) == ' ');
    }

    /** True at a plain key followed by {@code :} and a space or the end of the line. */
    private boolean isKey(int i) {
        return keyEnd(i) >= 0;
    }

    /** The offset of the {@code :} after a plain key at {@code i} ({@code [A-Za-z_][A-Za-z0-9_-]*}), or -1. */
    private int keyEnd(int i) {
        int end = lineEnds[line];
        if (i >= end || !(letter(text.charAt(i)) || text.charAt(i) == '_')) return -1;
        int j = i + 1;
        while (j < end && (letter(text.charAt(j)) || digit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '-')) j++;
        if (j >= end || text.charAt(j) != ':' || (j + 1 < end && text.charAt(j + 1) != ' ') || j - i > MAX_KEY) return -1;
        if (j - i == 4 && (text.startsWith("null", i) || text.startsWith("Null", i) || text.startsWith("NULL", i))) return -1;
        return j;
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
