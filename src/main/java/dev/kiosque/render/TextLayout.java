package dev.kiosque.render;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Block.LinkSpan;
import dev.kiosque.render.Line.Style;
import dev.kiosque.text.DisplayWidth;
import dev.kiosque.text.Graphemes;
import dev.kiosque.text.PlainText;
import dev.kiosque.text.Truncate;
import dev.kiosque.text.Wrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lays an article out as lines at one width: header, blocks, then the numbered links. */
final class TextLayout {

    /** Narrower layouts are laid out at this width: below it prefixes and tables stop making sense. */
    static final int MIN_WIDTH = 20;
    /** Columns each list nesting level indents by. */
    private static final int LIST_INDENT = 2;
    /** List nesting deeper than this is drawn at this depth. */
    private static final int MAX_LIST_DEPTH = 6;
    private static final String[] BULLETS = {"•", "◦", "▪"};
    /** Tab stops for preformatted text, as terminals set them. */
    private static final int TAB_STOP = 8;
    private static final String QUOTE_BAR = "│ ";
    private static final String CAPTION_INDENT = "  ";
    /** Glues a reference mark to the word before it, so "[3]" never starts a line. */
    private static final char GLUE = '\u00A0';
    /** A list item that numbers itself ("1. ", "2) ") keeps its number as the marker. */
    private static final Pattern OWN_NUMBER = Pattern.compile("^(\\d{1,3}[.)]) +(?=\\S)");

    private final Article article;
    private final int width;
    private final Labels labels;
    private final LinkNumbers numbers;
    private final List<Line> out = new ArrayList<>();

    TextLayout(Article article, int width, Labels labels) {
        this.article = article;
        this.width = Math.max(MIN_WIDTH, width);
        this.labels = labels;
        this.numbers = LinkNumbers.of(article);
    }

    List<Line> lines() {
        header();
        body();
        links();
        while (!out.isEmpty() && out.get(out.size() - 1).style() == Style.BLANK) out.remove(out.size() - 1);
        return List.copyOf(out);
    }

    private void header() {
        add(Wrapper.of(width).wrap(PlainText.line(article.title())), Style.TITLE);
        add(Wrapper.of(width).wrap(metaLine(MetaLine.parts(article, labels))), Style.META);
        if (!out.isEmpty()) out.add(Line.BLANK);
    }

    /**
     * The meta parts joined so that a line breaks only after a " ·", never inside a part such as
     * a date, unless that part alone is wider than the line.
     */
    private String metaLine(List<String> parts) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (s.length() > 0) s.append(GLUE).append(MetaLine.SEPARATOR.strip()).append(' ');
            s.append(DisplayWidth.of(part) < width ? part.replace(' ', GLUE) : part);
        }
        return s.toString();
    }

    private void body() {
        Block previous = null;
        for (Block block : BodyBlocks.of(article)) {
            List<Line> lines = block(block);
            if (lines.isEmpty()) continue;
            if (previous != null) separate(previous, block);
            out.addAll(lines);
            previous = block;
        }
    }

    /** A blank line between blocks, except inside a list, between an image and its caption, and inside a quote. */
    private void separate(Block previous, Block next) {
        Block.Kind a = previous.kind();
        Block.Kind b = next.kind();
        if (a == Block.Kind.LIST_ITEM && b == Block.Kind.LIST_ITEM) return;
        if (a == Block.Kind.IMAGE && b == Block.Kind.CAPTION) return;
        out.add(a == Block.Kind.QUOTE && b == Block.Kind.QUOTE ? new Line(QUOTE_BAR.strip(), Style.QUOTE) : Line.BLANK);
    }

    private List<Line> block(Block block) {
        return switch (block.kind()) {
            case PARAGRAPH -> styled(Wrapper.of(width).wrap(inline(block)), Style.BODY);
            case HEADING -> styled(Wrapper.of(width).wrap(inline(block)), Style.HEADING);
            case LIST_ITEM -> listItem(block);
            case QUOTE -> styled(Wrapper.of(width).withPrefixes(QUOTE_BAR, QUOTE_BAR).wrap(inline(block)), Style.QUOTE);
            case CAPTION -> styled(Wrapper.of(width).withPrefixes(CAPTION_INDENT, CAPTION_INDENT).wrap(inline(block)),
                    Style.CAPTION);
            case PREFORMATTED -> preformatted(block);
            case TABLE -> TableLayout.lines(block.rows(), inline(block), width);
            case IMAGE -> image(block);
        };
    }

    private List<Line> listItem(Block block) {
        int depth = Math.min(Math.min(Math.max(0, block.level()), MAX_LIST_DEPTH), width / 2 / LIST_INDENT - 1);
        String text = inline(block).strip();
        String marker = BULLETS[depth % BULLETS.length];
        Matcher own = OWN_NUMBER.matcher(text);
        if (own.find()) {
            marker = own.group(1);
            text = text.substring(own.end());
        }
        String indent = " ".repeat(depth * LIST_INDENT);
        String first = indent + marker + " ";
        String rest = " ".repeat(DisplayWidth.of(first));
        return styled(Wrapper.of(width).withPrefixes(first, rest).wrap(text), Style.LIST);
    }

    private List<Line> preformatted(Block block) {
        String text = PlainText.sanitize(block.text());
        if (text == null || text.isBlank()) return List.of();
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) lines.add(Truncate.cut(expandTabs(raw).stripTrailing(), width));
        while (!lines.isEmpty() && lines.get(0).isEmpty()) lines.remove(0);          // the strip of a <pre>
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return styled(lines, Style.PREFORMATTED);
    }

    private List<Line> image(Block block) {
        String alt = PlainText.line(block.text());
        String label = alt == null || alt.isEmpty() ? "[image]" : "[image: " + alt + "]";
        return styled(Wrapper.of(width).wrap(label), Style.IMAGE);
    }

    /** The "Links" section: "[n] URL", a URL moved to its own line or hard-wrapped only when it must be. */
    private void links() {
        List<String> urls = numbers.urls();
        if (urls.isEmpty()) return;
        if (!out.isEmpty()) out.add(Line.BLANK);
        out.add(new Line(labels.links(), Style.LINKS));
        for (int i = 0; i < urls.size(); i++) {
            String label = "[" + (i + 1) + "]";
            String url = urls.get(i);
            if (DisplayWidth.of(label) + 1 + DisplayWidth.of(url) <= width) {
                out.add(new Line(label + " " + url, Style.LINKS));
            } else if (DisplayWidth.of(url) <= width) {
                out.add(new Line(label, Style.LINKS));
                out.add(new Line(url, Style.LINKS));
            } else {
                hardWrap(label + " " + url);
            }
        }
    }

    /** Cuts at exactly {@code width} columns, no indent, so that a selection across lines copies the URL whole. */
    private void hardWrap(String s) {
        StringBuilder line = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int end = Graphemes.next(s, i);
            int cw = DisplayWidth.ofCluster(s, i, end);
            if (w + cw > width && w > 0) {
                out.add(new Line(line.toString(), Style.LINKS));
                line.setLength(0);
                w = 0;
            }
            line.append(s, i, end);
            w += cw;
            i = end;
        }
        if (w > 0) out.add(new Line(line.toString(), Style.LINKS));
    }

    /** The block text, sanitised, with " [n]" after each link; the glue becomes a plain space afterwards. */
    private String inline(Block block) {
        String text = block.text() == null ? "" : block.text();
        StringBuilder s = new StringBuilder(text.length() + 16);
        int pos = 0;
        for (LinkSpan span : LinkNumbers.spans(block, article.links().size())) {
            int n = numbers.number(span.link());
            if (n == 0) continue;
            s.append(text, pos, span.end()).append(GLUE).append('[').append(n).append(']');
            pos = span.end();
        }
        s.append(text, pos, text.length());
        return PlainText.sanitize(s.toString());
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) return line;
        StringBuilder s = new StringBuilder();
        int column = 0;
        for (int i = 0; i < line.length(); ) {
            int end = Graphemes.next(line, i);
            if (line.charAt(i) == '\t') {
                int spaces = TAB_STOP - column % TAB_STOP;
                s.append(" ".repeat(spaces));
                column += spaces;
            } else {
                s.append(line, i, end);
                column += DisplayWidth.ofCluster(line, i, end);
            }
            i = end;
        }
        return s.toString();
    }

    private void add(List<String> lines, Style style) {
        out.addAll(styled(lines, style));
    }

    private static List<Line> styled(List<String> lines, Style style) {
        List<Line> result = new ArrayList<>(lines.size());
        for (String l : lines) result.add(new Line(l.replace(GLUE, ' '), style));
        return result;
    }
}
