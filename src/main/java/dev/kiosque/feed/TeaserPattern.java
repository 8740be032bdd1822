package dev.kiosque.feed;

import dev.kiosque.model.HtmlRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the repeated article-link pattern of a section page. Links to same-site, article-like URLs
 * with headline-like text are grouped by the path of tags and classes above them; each group is
 * scored by its distinct links, favoured inside headings, articles and the main column and
 * disfavoured inside menus, sidebars, footers and ads; the best group becomes a selector.
 */
final class TeaserPattern {

    /** Levels of ancestors (above the link) that make a link's signature. */
    static final int SIGNATURE_DEPTH = 3;
    /** Fewer distinct links than this is not a list of articles. */
    static final int MIN_LINKS = 3;
    /** Headline-like link text: at least this many characters. */
    static final int MIN_TEXT_CHARS = 20;
    static final double HEADING_BONUS = 2.0;
    static final double ARTICLE_BONUS = 1.5;
    static final double MAIN_BONUS = 1.5;
    static final double CHROME_PENALTY = 0.1;

    /** Class and id words that mark page chrome rather than the list of articles. */
    private static final Set<String> CHROME_WORDS = Set.of("side", "sidebar", "footer", "menu", "nav",
            "ticker", "flash", "related", "most", "popular", "widget", "latest", "pub", "ad", "ads",
            "sponsor", "sponsored", "banner", "breadcrumb", "pagination", "share", "social", "cookie", "promo");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header");

    private TeaserPattern() {}

    static Optional<HtmlRule> find(Document doc, String pageUrl) {
        String host = host(pageUrl);
        Map<String, Group> groups = new HashMap<>();
        for (Element a : doc.select("a[href]")) {
            if (a.text().strip().length() < MIN_TEXT_CHARS) continue;
            String href = a.absUrl("href");
            if (href.isEmpty() || !articleLike(href, host)) continue;
            String sig = signature(a);
            Group g = groups.computeIfAbsent(sig, k -> new Group(k, weight(a)));
            if (g.links.add(href)) g.anchors.add(a);
        }
        Group best = null;
        for (Group g : groups.values()) {
            if (g.links.size() < MIN_LINKS) continue;
            if (best == null || g.score() > best.score()) best = g;
        }
        return best == null ? Optional.empty() : Optional.of(TeaserRule.of(doc, best.selector, best.anchors));
    }

    /** The selector of a link: up to {@link #SIGNATURE_DEPTH} ancestors as tag.class, then a. */
    static String signature(Element a) {
        return path(a.parent(), SIGNATURE_DEPTH) + " a";
    }

    /** Up to {@code depth} levels of simple selectors ending at {@code e}, outermost first. */
    static String path(Element e, int depth) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < depth && e != null && !e.nameIs("body") && !e.nameIs("html"); i++, e = e.parent()) {
            parts.add(0, simpleSelector(e));
        }
        return String.join(" ", parts);
    }

    /** {@code tag.class1.class2} for an element (its first two plain classes). */
    static String simpleSelector(Element e) {
        StringBuilder sb = new StringBuilder(e.normalName());
        int classes = 0;
        for (String c : e.classNames()) {
            if (classes == 2 || !isPlainClass(c)) continue;
            sb.append('.').append(c);
            classes++;
        }
        return sb.toString();
    }

    private static boolean isPlainClass(String c) {
        if (c.isEmpty() || Character.isDigit(c.charAt(0))) return false;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (!(ch < 128 && (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_'))) return false;
        }
        return true;
    }

    /** How much a link in this position looks like a teaser headline. */
    private static double weight(Element a) {
        double w = 1;
        boolean heading = false;
        boolean article = false;
        boolean main = false;
        boolean chrome = false;
        for (Element e = a.parent(); e != null; e = e.parent()) {
            String n = e.normalName();
            if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '4') heading = true;
            if (n.equals("article")) article = true;
            if (n.equals("main") || e.attr("role").equals("main")) main = true;
            if (CHROME_TAGS.contains(n) || hasChromeWord(e)) chrome = true;
        }
        if (heading) w *= HEADING_BONUS;
        if (article) w *= ARTICLE_BONUS;
        if (main) w *= MAIN_BONUS;
        if (chrome || hasChromeWord(a)) w *= CHROME_PENALTY;
        return w;
    }

    private static boolean hasChromeWord(Element e) {
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String w : words.split("[\\s_-]+")) {
            if (CHROME_WORDS.contains(w)) return true;
        }
        return false;
    }

    /** Same site (or no known host), not the home page, and a path that looks like one story. */
    static boolean articleLike(String href, String host) {
        try {
            URI u = new URI(href);
            if (host != null && u.getHost() != null && !sameSite(u.getHost(), host)) return false;
            String path = u.getPath();
            if (path == null || path.length() <= 1) return false;
            String last = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            last = last.substring(last.lastIndexOf('/') + 1);
            int hyphens = 0;
            int digits = 0;
            for (int i = 0; i < last.length(); i++) {
                if (last.charAt(i) == '-' || last.charAt(i) == '_') hyphens++;
                if (Character.isDigit(last.charAt(i))) digits++;
            }
            return hyphens >= 2 || digits >= 4 || last.endsWith(".html") || last.endsWith(".htm") || last.endsWith(".php");
        } catch (URISyntaxException e) {   // an unparseable link is no article
            return false;
        }
    }

    private static boolean sameSite(String a, String b) {
        String x = a.startsWith("www.") ? a.substring(4) : a;
        String y = b.startsWith("www.") ? b.substring(4) : b;
        return x.equalsIgnoreCase(y);
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            return new URI(url).getHost();
        } catch (URISyntaxException e) {   // no usable page URL: accept every host
            return null;
        }
    }

    /** Links sharing one signature, and how teaser-like their position is. */
    private static final class Group {
        final String selector;
        final double weight;
        final Set<String> links = new LinkedHashSet<>();
        final List<Element> anchors = new ArrayList<>();

        Group(String selector, double weight) {
            this.selector = selector;
            this.weight = weight;
        }

        double score() {
            return links.size() * weight;
        }
    }
}
