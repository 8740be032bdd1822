package dev.kiosque.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text (scripts, styles, embeds, forms' controls, navigation,
 * hidden elements, comments) and lists what the strict pass should ignore: elements named like
 * clutter, asides and footers.
 */
final class Pruner {

    private Pruner() {}

    /** Removes never-content nodes from the tree, in one walk. */
    static void removeNeverContent(Element root) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element)) return FilterResult.SKIP_ENTIRELY;
                Element e = (Element) node;
                if (Tags.NEVER_CONTENT.contains(e.normalName()) || isHidden(e)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Node n : doomed) n.remove();
    }

    /** The elements the strict pass ignores, with what they hold. */
    static Set<Element> unlikely(Element root) {
        Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element)) return FilterResult.SKIP_ENTIRELY;
                Element e = (Element) node;
                String tag = e.normalName();
                if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
                    return FilterResult.CONTINUE;
                }
                if (tag.equals("aside") || tag.equals("footer") || Hints.unlikely(e)) {
                    skip.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return skip;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if (e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image")) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
