package dev.kiosque.render;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Block.LinkSpan;
import dev.kiosque.text.PlainText;
import java.util.List;

/**
 * An article as CommonMark/GFM: "# title", the meta line in italics, the blocks, tables as pipe
 * tables, and links as reference links "[text][n]" defined at the end. Text is escaped so that
 * nothing in it turns into markup.
 */
final class MarkdownWriter {

    private static final int MIN_HEADING = 2;   // level 1 is the article title
    private static final int MAX_HEADING = 6;
    private static final int MAX_LIST_DEPTH = 6;

    private final Article article;
    private final Labels labels;
    private final LinkNumbers numbers;
    private final StringBuilder out = new StringBuilder();

    MarkdownWriter(Article article, Labels labels) {
        this.article = article;
        this.labels = labels;
        this.numbers = LinkNumbers.of(article);
    }

    String write() {
        String title = PlainText.line(article.title());
        if (title != null && !title.isEmpty()) paragraph("# " + MarkdownEscape.text(title, false, true));
        String meta = String.join(MetaLine.SEPARATOR, MetaLine.parts(article, labels));
        if (!meta.isEmpty()) paragraph("*" + MarkdownEscape.text(meta, false, false) + "*");
        Block previous = null;
        for (Block block : BodyBlocks.of(article)) {
            String md = block(block);
            if (md.isEmpty()) continue;
            boolean tight = previous != null && previous.kind() == Block.Kind.LIST_ITEM
                    && block.kind() == Block.Kind.LIST_ITEM;
            if (previous != null && previous.kind() == Block.Kind.QUOTE && block.kind() == Block.Kind.QUOTE) {
                out.append(">\n");
            } else if (!tight && out.length() > 0) {
                out.append('\n');
            }
            out.append(md).append('\n');
            previous = block;
        }
        List<String> urls = numbers.urls();
        if (!urls.isEmpty() && out.length() > 0) out.append('\n');
        for (int i = 0; i < urls.size(); i++) {
            out.append('[').append(i + 1).append("]: ").append(MarkdownEscape.url(urls.get(i))).append('\n');
        }
        return out.toString();
    }

    private void paragraph(String text) {
        if (out.length() > 0) out.append('\n');
        out.append(text).append('\n');
    }

    private String block(Block block) {
        return switch (block.kind()) {
            case PARAGRAPH -> inline(block, false);
            case HEADING -> heading(block);
            case LIST_ITEM -> listItem(block);
            case QUOTE -> quote(block);
            case CAPTION -> emphasis(inline(block, false));
            case PREFORMATTED -> MarkdownEscape.fence(PlainText.sanitize(block.text()));
            case TABLE -> table(block);
            case IMAGE -> "![" + MarkdownEscape.text(nonEmpty(PlainText.line(block.text()), ""), false, false) + "]()";
        };
    }

    private String heading(Block block) {
        String text = inline(block, true).replace("\\\n", " ");
        if (text.isEmpty()) return "";
        int level = Math.min(MAX_HEADING, Math.max(MIN_HEADING, block.level()));
        return "#".repeat(level) + " " + text;
    }

    private String listItem(Block block) {
        String text = inline(block, false);
        if (text.isEmpty()) return "";
        String indent = "  ".repeat(Math.min(MAX_LIST_DEPTH, Math.max(0, block.level())));
        return indent + "- " + text.replace("\n", "\n" + indent + "  ");
    }

    private String quote(Block block) {
        String text = inline(block, false);
        return text.isEmpty() ? "" : "> " + text.replace("\n", "\n> ");
    }

    private String table(Block block) {
        String caption = inline(block, false);
        String table = MarkdownEscape.table(block.rows());
        if (caption.isEmpty()) return table;
        return table.isEmpty() ? emphasis(caption) : emphasis(caption) + "\n\n" + table;
    }

    /** The block text escaped, each link span written as "[text][n]"; line breaks become hard breaks. */
    private String inline(Block block, boolean heading) {
        String text = block.text() == null ? "" : block.text();
        StringBuilder s = new StringBuilder();
        int pos = 0;
        for (LinkSpan span : LinkNumbers.spans(block, article.links().size())) {
            int n = numbers.number(span.link());
            if (n == 0) continue;
            s.append(MarkdownEscape.text(PlainText.sanitize(text.substring(pos, span.start())), atLineStart(s), heading));
            String label = MarkdownEscape.text(PlainText.line(text.substring(span.start(), span.end())), false, heading);
            s.append('[').append(label).append("][").append(n).append(']');
            pos = span.end();
        }
        s.append(MarkdownEscape.text(PlainText.sanitize(text.substring(pos)), atLineStart(s), heading));
        return s.toString().strip();
    }

    private static boolean atLineStart(StringBuilder s) {
        return s.length() == 0 || s.charAt(s.length() - 1) == '\n';
    }

    private static String emphasis(String text) {
        return text.isEmpty() ? "" : "*" + text.replace("\\\n", " ") + "*";
    }

    private static String nonEmpty(String a, String b) {
        return a != null && !a.isEmpty() ? a : (b == null || b.isEmpty() ? null : b);
    }
}
