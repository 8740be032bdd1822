package dev.kiosque.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;

/**
 * Element names of the feed vocabularies, independent of the prefixes a feed chose. Each element
 * gets a key: its lower-case local name for the core vocabulary of the document (RSS, RDF, Atom, or
 * no namespace), else {@code prefix:local} with the conventional prefix of its namespace
 * ({@code dc:creator}, {@code content:encoded}, {@code atom:link}...).
 */
final class Xml {

    static final String ATOM10 = "http://www.w3.org/2005/Atom";
    static final String ATOM03 = "http://purl.org/atom/ns#";

    /** What jsoup reports for an element in no (or an undeclared) namespace. */
    private static final String NO_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    /** Namespaces read as the document's own vocabulary. */
    private static final List<String> CORE = List.of("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
            "http://backend.userland.com/rss2", "http://backend.userland.com/rss", "http://purl.org/net/rss1.1#");

    /** Conventional prefixes of the extension namespaces kiosque reads. */
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("http://purl.org/dc/elements/1.1/", "dc"),
            Map.entry("http://purl.org/dc/elements/1.0/", "dc"),
            Map.entry("http://purl.org/dc/terms/", "dcterms"),
            Map.entry("http://purl.org/rss/1.0/modules/content/", "content"),
            Map.entry(ATOM10, "atom"),
            Map.entry(ATOM03, "atom"),
            Map.entry("http://www.w3.org/1999/xhtml", "xhtml"),
            Map.entry("http://search.yahoo.com/mrss/", "media"),
            Map.entry("http://search.yahoo.com/mrss", "media"),
            Map.entry("http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"),
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"));

    private Xml() {}

    /** The key of {@code el}; {@code atomIsCore} makes Atom elements plain names (inside Atom feeds). */
    static String key(Element el, boolean atomIsCore) {
        return ReadScope.current().key(el.tag(), atomIsCore);
    }

    /** The key of elements with tag {@code tag} (see {@link #key}); {@link ReadScope} caches it per tag. */
    static String computeKey(Tag tag, boolean atomIsCore) {
        String ns = tag.namespace();
        String local = tag.localName();
        if (ns == null) ns = "";
        if (ns.isEmpty() || ns.equals(NO_NAMESPACE)) {
            String prefix = tag.prefix();
            // An undeclared prefix lands in no namespace: keep it so dc:creator stays dc:creator.
            return prefix == null || prefix.isEmpty() ? lower(local) : prefix.toLowerCase(Locale.ROOT) + ":" + lower(local);
        }
        if (CORE.contains(ns) || atomIsCore && (ns.equals(ATOM10) || ns.equals(ATOM03))) return lower(local);
        String prefix = PREFIXES.get(ns);
        if (prefix == null) {
            String p = tag.prefix();
            // An unknown default namespace is still the document's own vocabulary.
            if (p == null || p.isEmpty()) return lower(local);
            prefix = p.toLowerCase(Locale.ROOT);
        }
        return prefix + ":" + lower(local);
    }

    /** The element children of {@code parent}, indexed by key once (parsers ask many questions). */
    static Fields fields(Element parent, boolean atomIsCore) {
        ReadScope scope = ReadScope.current();
        Map<String, List<Element>> byKey = new HashMap<>();
        // Not parent.children(): jsoup builds that list with a stream and caches it on the element.
        for (int i = 0, n = parent.childNodeSize(); i < n; i++) {
            if (!(parent.childNode(i) instanceof Element c)) continue;
            String k = scope.key(c.tag(), atomIsCore);
            List<Element> l = byKey.get(k);
            if (l == null) byKey.put(k, l = new ArrayList<>(2));
            l.add(c);
        }
        return new Fields(byKey);
    }

    /** The children of one element by key. */
    record Fields(Map<String, List<Element>> byKey) {
        /** The first child with the first of {@code keys} that is present, or null. */
        Element first(String... keys) {
            for (String k : keys) {
                List<Element> l = byKey.get(k);
                if (l != null) return l.get(0);
            }
            return null;
        }

        /** The first child among {@code keys} with some text, or null. */
        String text(String... keys) {
            for (String k : keys) {
                List<Element> l = byKey.get(k);
                if (l == null) continue;
                for (Element e : l) {
                    String t = Xml.text(e);
                    if (t != null) return t;
                }
            }
            return null;
        }

        /** Every child with key {@code k}, in document order. */
        List<Element> all(String k) {
            return byKey.getOrDefault(k, List.of());
        }
    }

    /** The trimmed text of {@code el} (CDATA and descendants included), or null if blank or absent. */
    static String text(Element el) {
        if (el == null) return null;
        String t = wholeText(el).strip();
        return t.isEmpty() ? null : replaceLoneSurrogates(t);
    }

    /**
     * The HTML an element holds: its markup when it has child elements (naked markup in a
     * description), else its decoded text (escaped markup, CDATA). Null if blank or absent.
     */
    static String html(Element el) {
        if (el == null) return null;
        String h = hasElementChild(el) ? el.html() : wholeText(el);
        h = h.strip();
        return h.isEmpty() ? null : replaceLoneSurrogates(h);
    }

    /**
     * {@code s} with each lone surrogate (from a reference like {@code &#55296;}) replaced by
     * U+FFFD, so a broken reference stays visible instead of vanishing in sanitising.
     */
    static String replaceLoneSurrogates(String s) {
        // Fast path: most documents cannot hold one (decided once per document), so skip the scan.
        if (!ReadScope.current().loneSurrogates) return s;
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (out != null) out.append(lone ? '\uFFFD' : c);
        }
        return out == null ? s : out.toString();
    }

    /**
     * What jsoup's {@link Element#wholeText()} gives (every text and CDATA node in document order,
     * each {@code <br>} as a line break), without the stream pipeline it builds, which costs more
     * than the text itself under the C1 compiler kiosque runs with.
     */
    static String wholeText(Element el) {
        if (el.childNodeSize() == 1 && el.childNode(0) instanceof TextNode t && !el.nameIs("br")) {
            return t.getWholeText();   // fast path: one text or CDATA child, the usual feed field
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) out.append(t.getWholeText());
            else if (node.nameIs("br")) out.append('\n');
        }, el);
        return out.toString();
    }

    /** The one child element of {@code el}, or null when it has none or several. */
    static Element soleElementChild(Element el) {
        Element sole = null;
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            if (el.childNode(i) instanceof Element c) {
                if (sole != null) return null;
                sole = c;
            }
        }
        return sole;
    }

    static boolean hasElementChild(Element el) {
        for (Node n : el.childNodes()) {
            if (n instanceof Element) return true;
        }
        return false;
    }

    /** True when {@code el} has text of its own (not only whitespace). */
    static boolean hasOwnText(Element el) {
        for (Node n : el.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) return true;
        }
        return false;
    }

    /** The attribute value, trimmed, or null if absent or blank. */
    static String attr(Element el, String name) {
        if (el == null || !el.hasAttr(name)) return null;
        String v = el.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) return s.toLowerCase(Locale.ROOT);
        }
        return s;
    }
}
