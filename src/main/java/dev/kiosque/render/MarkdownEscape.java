package dev.kiosque.render;

import dev.kiosque.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/** Escaping plain text for Markdown, and the pieces whose syntax has its own rules: fences, URLs, pipe tables. */
final class MarkdownEscape {

    private static final String HARD_BREAK = "\\\n";
    /** Characters that are markup wherever they stand. */
    private static final String ALWAYS = "\\`*_[]<~";
    private static final int MIN_FENCE = 3;

    private MarkdownEscape() {}

    /**
     * Escapes {@code s} so that it reads as the same text in Markdown. Runs of spaces and tabs
     * become one space; line breaks become hard breaks. {@code lineStart} says whether {@code s}
     * begins a line (where "#", ">", "-", "+" and "1." start blocks); {@code heading} also escapes
     * every "#", since a trailing one would close the heading.
     */
    static String text(String s, boolean lineStart, boolean heading) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 8);
        boolean start = lineStart;
        boolean space = false;
        boolean lineBreak = false;  // written only before more text, so none dangles at the end
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lineBreak = out.length() > 0;
                start = true;
                space = false;
                continue;
            }
            if (c == ' ' || c == '\t') {
                space = !start;
                continue;
            }
            if (lineBreak) out.append(HARD_BREAK);
            else if (space) out.append(' ');
            lineBreak = false;
            space = false;
            int marker = start ? orderedMarker(s, i) : -1;
            if (marker > 0) {                       // "2024. " would start an ordered list
                out.append(s, i, marker).append('\\').append(s.charAt(marker));
                i = marker;
                start = false;
                continue;
            }
            if (needsBackslash(s, i, start, heading)) out.append('\\');
            out.append(c);
            start = false;
        }
        if (space) out.append(' ');   // the space before a link that follows
        return out.toString();
    }

    /** True when the character at {@code i} would be read as markup where it stands. */
    private static boolean needsBackslash(String s, int i, boolean start, boolean heading) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (ALWAYS.indexOf(c) >= 0) return true;
        if (c == '#') return start || heading;
        if (c == '&') return Character.isLetter(next) || next == '#';   // an entity such as "&amp;"
        if (c == '!') return next == '[';
        if (!start) return false;
        return c == '>' || c == '|' || ((c == '-' || c == '+' || c == '=') && next == ' ');
    }

    /** The index of the '.' or ')' of a run of digits starting at {@code i}, or -1. */
    private static int orderedMarker(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
        return j > i && j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')') ? j : -1;
    }

    /** A URL as a link destination: spaces and angle brackets percent-encoded, since neither may appear bare. */
    static String url(String url) {
        return url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E");
    }

    /** Preformatted text in a fence longer than any run of backticks inside it. */
    static String fence(String text) {
        if (text == null || text.isBlank()) return "";
        String body = text.strip().isEmpty() ? "" : stripBlankLines(text);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(MIN_FENCE, longest + 1));
        return fence + "\n" + body + "\n" + fence;
    }

    /** A GFM pipe table: header row, delimiter row, body rows, pipes in cells escaped. */
    static String table(List<List<String>> rows) {
        List<List<String>> cells = new ArrayList<>();
        int columns = 0;
        for (List<String> row : rows) {
            List<String> escaped = new ArrayList<>();
            for (String cell : row) escaped.add(text(PlainText.line(cell == null ? "" : cell), false, false).replace("|", "\\|"));
            cells.add(escaped);
            columns = Math.max(columns, row.size());
        }
        if (columns == 0) return "";
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            out.append('|');
            for (int c = 0; c < columns; c++) out.append(' ').append(c < row.size() ? row.get(c) : "").append(" |");
            out.append('\n');
            if (r == 0) out.append("|").append(" --- |".repeat(columns)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String stripBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        int from = 0;
        int to = lines.length;
        while (from < to && lines[from].isBlank()) from++;
        while (to > from && lines[to - 1].isBlank()) to--;
        List<String> kept = new ArrayList<>();
        for (int i = from; i < to; i++) kept.add(lines[i].stripTrailing());
        return String.join("\n", kept);
    }
}
