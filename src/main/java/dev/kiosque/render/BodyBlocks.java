package dev.kiosque.render;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.text.Fold;
import dev.kiosque.text.PlainText;
import java.util.List;

/** The blocks to show under the header: the body without a first heading that only repeats the title. */
final class BodyBlocks {

    private BodyBlocks() {}

    static List<Block> of(Article article) {
        List<Block> blocks = article.blocks();
        if (blocks.isEmpty() || article.title() == null) return blocks;
        Block first = blocks.get(0);
        // Extractors often keep the page's <h1>, which the header already shows.
        boolean repeatsTitle = first.kind() == Block.Kind.HEADING
                && Fold.of(PlainText.line(first.text())).equals(Fold.of(PlainText.line(article.title())));
        return repeatsTitle ? blocks.subList(1, blocks.size()) : blocks;
    }
}
