package dev.kiosque.feed;

import dev.kiosque.text.PlainText;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of HTML fragments as feeds carry them: block-aware (paragraphs become blank-line
 * separated), entities decoded, scripts and styles dropped, controls removed.
 */
public final class Html {

    /** Elements that end a paragraph; their text starts and ends on its own lines. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
            "figcaption", "section", "article", "header", "footer", "aside", "nav", "main", "hr",
            "address", "details", "summary", "caption", "form", "fieldset", "center");

    /**
     * Elements whose content is never text for a reader. Not {@code object} or {@code applet}:
     * feeds leave them unclosed, and the text after them is the article's.
     */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template",
            "iframe", "svg", "math", "select", "canvas");

    private Html() {}

    /**
     * Returns the readable text of an HTML fragment: one paragraph per block, paragraphs separated
     * by a blank line, {@code <br>} as a line break, whitespace collapsed inside each line, entities
     * decoded, controls and bidi overrides removed. Null stays null; markup-free input is only
     * collapsed and sanitised (no parse).
     */
    public static String toPlainText(String html) {
        if (html == null) return null;
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return PlainText.line(html);
        Document doc = Jsoup.parseBodyFragment(html);
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, doc.body());
        return PlainText.sanitize(collector.result());
    }

    /**
     * One line of plain text: like {@link #toPlainText} with every break collapsed to a space, but
     * computed by a single scan that drops tags without building a tree, since it runs on every
     * summary and title of every refresh.
     */
    static String line(String html) {
        if (html == null) return null;
        if (html.indexOf('<') < 0) return PlainText.line(unescape(html));
        StringBuilder out = new StringBuilder(html.length());
        stripTags(html, out, Integer.MAX_VALUE);
        return PlainText.line(unescape(out.toString()));
    }

    /**
     * Appends the text of {@code html} without its tags, comments and skipped elements to
     * {@code out} (entities left as written), stopping once {@code out} holds {@code limit}
     * characters or more. Returns true when it reached the end of {@code html}. Reads strictly
     * left to right: what it appends before stopping is the start of what it appends when not stopped.
     */
    static boolean stripTags(String html, StringBuilder out, int limit) {
        int n = html.length();
        int i = 0;
        while (i < n) {
            if (out.length() >= limit) return false;
            char c = html.charAt(i);
            if (c != '<' || i + 1 >= n) {
                out.append(c);
                i++;
            } else if (html.startsWith("<!--", i)) {
                int e = html.indexOf("-->", i + 4);
                i = e < 0 ? n : e + 3;
            } else if (html.charAt(i + 1) == '!' || html.charAt(i + 1) == '?') {
                int e = html.indexOf('>', i);
                i = e < 0 ? n : e + 1;
            } else {
                i = tag(html, i, out);
            }
        }
        return true;
    }

    /** {@code text} with its character references decoded. */
    static String unescape(String text) {
        // Without an ampersand there is nothing to decode, and jsoup's unescaper costs a parser set-up.
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
    }

    /** Handles the tag starting at {@code i} ({@code '<'}); returns the index after it (or after a skipped element). */
    private static int tag(String html, int i, StringBuilder out) {
        int n = html.length();
        boolean closing = html.charAt(i + 1) == '/';
        int nameStart = closing ? i + 2 : i + 1;
        if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {   // "1 < 2": not a tag
            out.append('<');
            return i + 1;
        }
        int nameEnd = nameStart;
        while (nameEnd < n && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == '-' || html.charAt(nameEnd) == ':')) nameEnd++;
        String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        int end = tagEnd(html, nameEnd);
        if (end < 0) return n;                                           // cut inside a tag: drop the rest
        if (BLOCKS.contains(name) || name.equals("br") || name.equals("td") || name.equals("th")) out.append(' ');
        if (closing || !SKIPPED.contains(name) || html.charAt(end - 1) == '/') return end + 1;
        int close = indexOfIgnoreCase(html, "</" + name, end + 1);
        if (close < 0) return end + 1;                                   // never closed: skip only the tag
        int closeEnd = html.indexOf('>', close);
        return closeEnd < 0 ? n : closeEnd + 1;
    }

    /** Index of the {@code '>'} closing a tag whose attributes start at {@code i}, skipping quoted values; -1 if none. */
    private static int tagEnd(String html, int i) {
        char quote = 0;
        for (int j = i; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = from; i + needle.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * True when {@code s} seems to hold markup or character references, so that it must be read as
     * HTML; "1 < 2" or "AT&T" stay literal text.
     */
    static boolean looksLikeHtml(String s) {
        for (int i = s.indexOf('<'); i >= 0 && i + 1 < s.length(); i = s.indexOf('<', i + 1)) {
            char c = s.charAt(i + 1);
            if ((Character.isLetter(c) || c == '/' || c == '!') && s.indexOf('>', i) > 0) return true;
        }
        for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
            int semi = s.indexOf(';', i);
            if (semi > i + 1 && semi - i <= 10 && isReferenceName(s, i + 1, semi)) return true;
        }
        return false;
    }

    /** Escapes text so that it reads as itself when parsed as HTML. */
    static String escape(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text to HTML: escaped, blank lines as paragraph breaks, single breaks as {@code <br>}. */
    static String fromText(String text) {
        if (text == null) return null;
        String escaped = escape(text.strip());
        if (escaped.indexOf('\n') < 0) return escaped;
        StringBuilder out = new StringBuilder(escaped.length() + 32).append("<p>");
        String[] lines = escaped.replace("\r", "").split("\n", -1);   // one-char split: no regex compiled
        boolean blank = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (i > 0) out.append(blank ? "</p><p>" : "<br>");
            blank = false;
            out.append(line);
        }
        return out.append("</p>").toString();
    }

    private static boolean isReferenceName(String s, int from, int to) {
        if (s.charAt(from) == '#') {
            for (int i = from + 1; i < to; i++) {
                char c = s.charAt(i);
                if (!Character.isLetterOrDigit(c)) return false;
            }
            return to > from + 1;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(s.charAt(i))) return false;
        }
        return true;
    }

    /** Walks the tree once, writing text runs and paragraph breaks. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int skipDepth;      // > 0 while inside a skipped element
        private int preDepth;       // > 0 while inside <pre>: keep its line breaks
        private boolean pendingSpace;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element el) {
                String name = el.normalName();
                if (skipDepth > 0 || SKIPPED.contains(name)) {
                    skipDepth++;
                    return;
                }
                if (name.equals("br")) lineBreak();
                else if (BLOCKS.contains(name)) paragraphBreak();
                if (name.equals("pre")) preDepth++;
                if (name.equals("td") || name.equals("th")) pendingSpace = true;
            } else if (node instanceof TextNode text && skipDepth == 0) {
                appendText(text.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element el)) return;
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            String name = el.normalName();
            if (name.equals("pre")) preDepth--;
            if (BLOCKS.contains(name)) paragraphBreak();
        }

        private void appendText(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (preDepth > 0 && c == '\n') {
                    lineBreak();
                } else if (PlainText.isSpace(c)) {
                    pendingSpace = true;
                } else {
                    if (pendingSpace && !atLineStart()) out.append(' ');
                    pendingSpace = false;
                    out.append(c);
                }
            }
        }

        private boolean atLineStart() {
            return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        }

        private void lineBreak() {
            pendingSpace = false;
            int n = out.length();
            if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) out.append('\n');
        }

        private void paragraphBreak() {
            pendingSpace = false;
            if (out.length() == 0) return;
            trimTrailingSpaces();
            int n = out.length();
            if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') return;
            out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
        }

        private void trimTrailingSpaces() {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) == ' ') n--;
            out.setLength(n);
        }

        String result() {
            int end = out.length();
            while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) end--;
            return out.substring(0, end);
        }
    }
}
