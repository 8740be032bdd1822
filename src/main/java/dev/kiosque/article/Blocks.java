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
            if (!out.isEmpty()) {
                Block last = out.get(out.size() - 1);
                if (last.kind() == b.kind() && last.text().equals(b.text()) && b.rows().isEmpty()) continue;
            }
            out.add(b);
        }
        return out;
    }
}
