package dev.kiosque.article;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text measures of every element, gathered in one post-order walk so that no later step calls
 * {@code text()} on a subtree: characters (whitespace runs counted once), characters inside links,
 * commas, the same for the element's own inline text, and counts of paragraphs, images, list
 * items, headings, tables and elements below it. Elements in the skip set, and what they hold, count for nothing.
 */
final class Stats {

    /** Measures of one element. */
    static final class Of {
        int chars;
        int linkChars;
        int commas;
        int inlineChars;
        int inlineCommas;
        int paragraphs;
        int images;
        int listItems;
        int headings;
        int tables;
        /** Elements in the subtree, the element itself included. */
        int elements;
        boolean hasBlock;

        /** Share (0-1) of the element's text that sits inside links. */
        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
        }
    }

    private static final Of EMPTY = new Of();
    private final Map<Element, Of> map = new IdentityHashMap<>();

    private Stats() {}

    /** Measures {@code root} and everything below it, skipping the elements of {@code skip}. */
    static Stats measure(Element root, Set<Element> skip) {
        Stats stats = new Stats();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element && skip.contains(node)) return FilterResult.SKIP_ENTIRELY;
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof TextNode) stats.addText((TextNode) node);
                else if (node instanceof Element && node != root) stats.close((Element) node);
                return FilterResult.CONTINUE;
            }
        }, root);
        return stats;
    }

    /** The measures of {@code e} (all zero when it was skipped or never measured). */
    Of of(Element e) {
        return map.getOrDefault(e, EMPTY);
    }

    private Of get(Element e) {
        return map.computeIfAbsent(e, k -> new Of());
    }

    private void addText(TextNode t) {
        Node parent = t.parentNode();
        if (!(parent instanceof Element)) return;
        String s = t.getWholeText();
        int chars = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean isSpace = c <= ' ' || c == '\u00a0' || Character.isWhitespace(c);
            if (isSpace) {
                if (!space) chars++;
                space = true;
                continue;
            }
            space = false;
            chars++;
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') commas++;
        }
        if (chars == 0) return;
        Of p = get((Element) parent);
        p.chars += chars;
        p.commas += commas;
        p.inlineChars += chars;
        p.inlineCommas += commas;
    }

    private void close(Element e) {
        Element parent = e.parent();
        if (parent == null) return;
        Of o = get(e);
        String tag = e.normalName();
        if (tag.equals("a")) o.linkChars = o.chars;
        if (tag.equals("p")) o.paragraphs++;
        if (tag.equals("img") || tag.equals("amp-img")) o.images++;
        if (tag.equals("li")) o.listItems++;
        if (Tags.HEADINGS.contains(tag)) o.headings++;
        if (tag.equals("table")) o.tables++;
        o.elements++;
        Of p = get(parent);
        p.chars += o.chars;
        p.linkChars += o.linkChars;
        p.commas += o.commas;
        p.paragraphs += o.paragraphs;
        p.images += o.images;
        p.listItems += o.listItems;
        p.headings += o.headings;
        p.tables += o.tables;
        p.elements += o.elements;
        if (Tags.isBlock(tag) || o.hasBlock) {
            p.hasBlock = true;
        } else {
            p.inlineChars += o.chars;
            p.inlineCommas += o.commas;
        }
    }
}
