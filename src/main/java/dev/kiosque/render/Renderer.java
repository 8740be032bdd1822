package dev.kiosque.render;

import dev.kiosque.model.Article;
import java.util.List;

/** Lays out an article for a terminal width, or as Markdown. */
public final class Renderer {
    private Renderer() {}

    /**
     * The article as lines no wider than {@code width} columns: header (title; date · byline ·
     * section · N min read), body, numbered links. Dates are written for {@code locale}.
     */
    public static List<Line> layout(Article article, int width, java.util.Locale locale) {
        throw new UnsupportedOperationException("TODO render helper");
    }

    /** {@link #layout} joined into plain text, one line per line, ending with a newline. */
    public static String text(Article article, int width, java.util.Locale locale) {
        throw new UnsupportedOperationException("TODO render helper");
    }

    public static String markdown(Article article) {
        throw new UnsupportedOperationException("TODO render helper");
    }
}
