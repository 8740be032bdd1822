package dev.kiosque.render;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Block.LinkSpan;
import dev.kiosque.text.PlainText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference numbers of an article's links: 1-based, in order of first use in the body, counting
 * only links some span uses, one number per distinct URL.
 */
final class LinkNumbers {

    private final Map<Integer, Integer> numberByLink = new HashMap<>();
    private final List<String> urls = new ArrayList<>();

    private LinkNumbers() {}

    static LinkNumbers of(Article article) {
        LinkNumbers numbers = new LinkNumbers();
        Map<String, Integer> numberByUrl = new LinkedHashMap<>();
        for (Block block : BodyBlocks.of(article)) {
            for (LinkSpan span : spans(block, article.links().size())) {
                String url = PlainText.line(article.links().get(span.link()));
                if (url == null || url.isEmpty()) continue;
                Integer n = numberByUrl.get(url);
                if (n == null) {
                    numbers.urls.add(url);
                    n = numbers.urls.size();
                    numberByUrl.put(url, n);
                }
                numbers.numberByLink.put(span.link(), n);
            }
        }
        return numbers;
    }

    /** The number of link {@code index} of the article, or 0 when it has none. */
    int number(int index) {
        return numberByLink.getOrDefault(index, 0);
    }

    /** The URLs in number order: the URL of [n] is at n - 1. */
    List<String> urls() {
        return List.copyOf(urls);
    }

    /**
     * The usable spans of a block, by start: inside its text, not empty, not overlapping an earlier
     * span, pointing at an existing link. Anything else came from a confused extractor and is dropped.
     */
    static List<LinkSpan> spans(Block block, int linkCount) {
        if (block.links().isEmpty()) return List.of();
        int length = block.text() == null ? 0 : block.text().length();
        List<LinkSpan> sorted = new ArrayList<>(block.links());
        sorted.sort(Comparator.comparingInt(LinkSpan::start).thenComparingInt(LinkSpan::end));
        List<LinkSpan> out = new ArrayList<>();
        int covered = 0;
        for (LinkSpan s : sorted) {
            if (s.start() < covered || s.end() <= s.start() || s.end() > length) continue;
            if (s.link() < 0 || s.link() >= linkCount) continue;
            out.add(s);
            covered = s.end();
        }
        return out;
    }
}
