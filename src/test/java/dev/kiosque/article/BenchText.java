package dev.kiosque.article;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;

/**
 * The text of an article as the extraction benchmark compares it: the body blocks in order,
 * separated by blank lines, tables as rows of cells, without images and captions (the
 * benchmark's articleBody leaves figure captions out).
 */
final class BenchText {

    private BenchText() {}

    static String of(Article article) {
        StringBuilder out = new StringBuilder();
        for (Block b : article.blocks()) {
            if (b.kind() == Block.Kind.IMAGE || b.kind() == Block.Kind.CAPTION) continue;
            String t = b.text();
            if (b.kind() == Block.Kind.TABLE) {
                StringBuilder rows = new StringBuilder(t);
                for (var row : b.rows()) rows.append('\n').append(String.join(" | ", row));
                t = rows.toString().strip();
            }
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(t);
        }
        return out.toString();
    }
}
