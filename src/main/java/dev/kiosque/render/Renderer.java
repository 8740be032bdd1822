package dev.kiosque.render;

import dev.kiosque.model.Article;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Lays out an article for a terminal width, or writes it as Markdown. The layout starts with a
 * header (the title, then "date · byline · section · N min read"), then the body blocks, then a
 * "Links" section numbering the URLs the body refers to as "[n]". All text goes through
 * {@link dev.kiosque.text.PlainText} again, so a stored article with stray controls is still safe.
 */
public final class Renderer {

    private Renderer() {}

    /**
     * The article as lines no wider than {@code width} columns (display width); widths under 20
     * are laid out at 20. Dates are written for {@code locale} (null means English), in UTC.
     */
    public static List<Line> layout(Article article, int width, Locale locale) {
        Objects.requireNonNull(article, "article");
        return new TextLayout(article, width, Labels.of(locale)).lines();
    }

    /** {@link #layout} joined into plain text, one line per line, ending with a newline. */
    public static String text(Article article, int width, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (Line line : layout(article, width, locale)) out.append(line.text()).append('\n');
        return out.toString();
    }

    /** The article as Markdown with English dates and labels; see {@link #markdown(Article, Locale)}. */
    public static String markdown(Article article) {
        return markdown(article, Locale.ENGLISH);
    }

    /**
     * The article as Markdown (CommonMark with GFM tables): "# title", the meta line in italics,
     * "## heading", "- item", "> quote", pipe tables, "![alt]()", and links as "[text][n]" with
     * "[n]: URL" definitions at the end, numbered as in {@link #layout}. Ends with a newline.
     */
    public static String markdown(Article article, Locale locale) {
        Objects.requireNonNull(article, "article");
        return new MarkdownWriter(article, Labels.of(locale)).write();
    }

    /**
     * The URLs the body refers to, in reference order: the URL shown as "[n]" is at index n - 1.
     * The TUI's link list and "open link n" use this so their numbers match the text.
     */
    public static List<String> links(Article article) {
        Objects.requireNonNull(article, "article");
        return LinkNumbers.of(article).urls();
    }
}
