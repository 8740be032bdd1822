package dev.kiosque.feed;

import dev.kiosque.model.FeedMeta;
import dev.kiosque.model.Item;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** What the XML parsers share: finding entries, choosing links, the parse result. */
final class FeedTree {

    /** Entries nested deeper than this are not looked for (a feed is shallow; garbage is not). */
    private static final int MAX_ENTRY_DEPTH = 6;

    private FeedTree() {}

    /** Channel data and items of one document. */
    record Result(FeedMeta meta, List<Item> items) {}

    /**
     * The elements with key {@code entryKey} under {@code root} in document order, not looking
     * inside an entry (so an entry never yields a nested one) nor deeper than a feed ever goes.
     */
    static List<Element> entries(Element root, String entryKey, boolean atomIsCore) {
        ReadScope scope = ReadScope.current();
        List<Element> out = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element el = stack.pop();
            int depth = depths.pop();
            if (el != root && entryKey.equals(scope.key(el.tag(), atomIsCore))) {
                out.add(el);
                continue;
            }
            if (depth >= MAX_ENTRY_DEPTH) continue;
            for (int i = el.childNodeSize() - 1; i >= 0; i--) {   // not children(): see Xml.fields
                if (!(el.childNode(i) instanceof Element child)) continue;
                stack.push(child);
                depths.push(depth + 1);
            }
        }
        return out;
    }

    /**
     * Like {@link #entries(Element, String, boolean)}; when {@code cutSource} (the text of a
     * document that was cut off) is not null, a last entry whose end tag never came is dropped.
     */
    static List<Element> entries(Element root, String entryKey, boolean atomIsCore, String cutSource) {
        List<Element> all = entries(root, entryKey, atomIsCore);
        if (cutSource != null && !all.isEmpty() && isCut(cutSource, all.get(all.size() - 1).tagName())) {
            all.remove(all.size() - 1);
        }
        return all;
    }

    /**
     * True when the last {@code <name>} start tag in {@code source} comes after its last end tag,
     * that is, the document stops inside that element. A self-closed {@code <name/>} is whole.
     */
    static boolean isCut(String source, String name) {
        int lastEnd = source.lastIndexOf("</" + name);
        String open = "<" + name;
        for (int i = source.lastIndexOf(open); i > lastEnd; i = source.lastIndexOf(open, i - 1)) {
            int after = i + open.length();
            char c = after < source.length() ? source.charAt(after) : ' ';
            if (c != '>' && c != '/' && !Character.isWhitespace(c)) continue;   // <items> is not <item>
            int close = source.indexOf('>', after);
            return close < 0 || source.charAt(close - 1) != '/';
        }
        return false;
    }

    /** True when {@code el} or an ancestor declares {@code xml:base}. */
    static boolean hasXmlBase(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.hasAttr("xml:base")) return true;
        }
        return false;
    }

    /**
     * The page link among Atom-style {@code <link>} elements: rel alternate (or no rel), HTML types
     * first; the href (or, in ill-formed feeds, the text) resolved against the link's base.
     */
    static String alternateHref(List<Element> links, String fallbackBase) {
        Element best = null;
        int bestScore = -1;
        for (Element l : links) {
            String rel = Xml.attr(l, "rel");
            if (rel != null && !rel.equalsIgnoreCase("alternate")) continue;
            if (target(l) == null) continue;
            String type = Xml.attr(l, "type");
            String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
            int score = t.contains("html") ? 2 : t.isEmpty() ? 1 : 0;
            if (score > bestScore) {
                best = l;
                bestScore = score;
            }
        }
        if (best == null) return null;
        String base = hasXmlBase(best) ? Links.base(best, fallbackBase) : fallbackBase;
        return Links.resolve(base, target(best));
    }

    /** A language tag as feeds should have written it: {@code en_US} becomes {@code en-US}. */
    static String language(String tag) {
        if (tag == null) return null;
        String t = tag.strip().replace('_', '-');
        return t.isEmpty() ? null : t;
    }

    /** The first link with relation {@code rel} that points somewhere. */
    static Element relLink(List<Element> links, String rel) {
        for (Element l : links) {
            if (rel.equalsIgnoreCase(Xml.attr(l, "rel")) && Xml.attr(l, "href") != null) return l;
        }
        return null;
    }

    /** Where a link element points: its href, or its text in feeds that write links that way. */
    static String target(Element link) {
        String href = Xml.attr(link, "href");
        return href != null ? href : Xml.text(link);
    }
}
