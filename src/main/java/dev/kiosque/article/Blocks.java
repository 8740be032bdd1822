package dev.kiosque.article;

import dev.kiosque.model.Block;
import java.util.ArrayList;
import java.util.List;

/** Final touches on the block list: the title repeated at the top and repeated blocks go. */
final class Blocks {

    private Blocks() {}

    static List<Block> tidy(List<Block> blocks, String title) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            boolean text = b.kind() != Block.Kind.TABLE && b.kind() != Block.Kind.IMAGE;
            if (text && out.isEmpty() && Metadata.same(b.text(), title)) continue;
            if (text && out.isEmpty() && title != null && b.text().startsWith(title + " ")) {
                b = withoutTitle(b, title.length() + 1);  // old layouts glue a bold title to the text by one <br>
            }
            if (!out.isEmpty()) {
                Block last = out.get(out.size() - 1);
                if (last.kind() == b.kind() && last.text().equals(b.text()) && b.rows().isEmpty()) continue;
            }
            out.add(b);
        }
        return out;
    }

    private static Block withoutTitle(Block b, int cut) {
        List<Block.LinkSpan> spans = new ArrayList<>();
        for (Block.LinkSpan s : b.links()) {
            if (s.end() <= cut) continue;
            spans.add(new Block.LinkSpan(Math.max(0, s.start() - cut), s.end() - cut, s.link()));
        }
        return new Block(b.kind(), b.text().substring(cut), b.level(), spans, b.rows());
    }
}
