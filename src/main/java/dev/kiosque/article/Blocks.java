package dev.kiosque.article;

import dev.kiosque.model.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Final touches on the block list: the title repeated at the top and repeated blocks go, and the
 * link list keeps only the links some block still points to.
 */
final class Blocks {

    /** Blocks and the links their spans point into. */
    record Body(List<Block> blocks, List<String> links) {}

    /** Renumbers the links so that every listed link is used by a span, in order of first use. */
    static Body compactLinks(List<Block> blocks, List<String> links) {
        Map<Integer, Integer> renumber = new HashMap<>();
        List<String> kept = new ArrayList<>();
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.links().isEmpty()) {
                out.add(b);
                continue;
            }
            List<Block.LinkSpan> spans = new ArrayList<>();
            for (Block.LinkSpan span : b.links()) {
                Integer index = renumber.get(span.link());
                if (index == null) {
                    index = kept.size();
                    renumber.put(span.link(), index);
                    kept.add(links.get(span.link()));
                }
                spans.add(new Block.LinkSpan(span.start(), span.end(), index));
            }
            out.add(new Block(b.kind(), b.text(), b.level(), spans, b.rows()));
        }
        return new Body(out, kept);
    }

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
