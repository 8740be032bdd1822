package dev.kiosque.feed;

import dev.kiosque.text.PlainText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Feed autodiscovery. */
public final class Discovery {
    /** Paths tried when a page declares nothing, in order. */
    public static final List<String> USUAL_PATHS = List.of("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml");

    /** The link types that announce a feed. */
    // Not application/json: WordPress marks its REST API that way on every page.
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/rdf+xml", "application/x.atom+xml", "application/x-atom+xml",
            "application/x-rss+xml", "text/xml", "application/xml", "text/rss+xml");
    private static final Evaluator ALTERNATE_LINKS = QueryParser.parse("link[rel][href][type]");
    /** Bytes of a body looked at to tell a feed from a page. */
    private static final int SNIFF_BYTES = 2048;

    private Discovery() {}

    /** The feeds an HTML page declares, absolute, in page order, without duplicates. */
    public static List<DiscoveredFeed> declared(byte[] html, String url, String charsetHint) {
        Objects.requireNonNull(html, "html");
        String base = Links.asBase(url);
        Document doc = Jsoup.parse(Decoding.decode(html, charsetHint), base == null ? "" : base);
        Map<String, DiscoveredFeed> found = new LinkedHashMap<>();
        for (Element link : doc.select(ALTERNATE_LINKS)) {
            if (!hasRel(link.attr("rel"), "alternate")) continue;
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            int semi = type.indexOf(';');
            if (semi >= 0) type = type.substring(0, semi).strip();
            if (!FEED_TYPES.contains(type)) continue;
            String href = Links.resolve(base, link.attr("href"));
            if (href == null || found.containsKey(href)) continue;
            String title = PlainText.line(link.attr("title"));
            found.put(href, new DiscoveredFeed(href, title == null || title.isEmpty() ? null : title, type));
        }
        return new ArrayList<>(found.values());
    }

    /** True when {@code body} looks like a feed (RSS, RDF, Atom or JSON Feed) rather than a page. */
    public static boolean looksLikeFeed(byte[] body) {
        if (body == null || body.length == 0) return false;
        byte[] head = body.length <= SNIFF_BYTES ? body : Arrays.copyOf(body, SNIFF_BYTES);
        String s = Decoding.decode(head, null);
        int i = skipProlog(s);
        if (i >= s.length()) return false;
        if (s.charAt(i) == '{') return s.contains("jsonfeed.org/version") || s.contains("\"items\"");
        if (s.charAt(i) != '<') return false;
        int end = i + 1;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>' && s.charAt(end) != '/') end++;
        String name = s.substring(i + 1, end).toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        String local = colon >= 0 ? name.substring(colon + 1) : name;
        return local.equals("rss") || local.equals("rdf") || local.equals("feed") || local.equals("channel");
    }

    /** Index of the first element or JSON start after whitespace, declarations, comments and doctype. */
    private static int skipProlog(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (s.startsWith("<?", i)) {
                int e = s.indexOf("?>", i);
                if (e < 0) return s.length();
                i = e + 2;
            } else if (s.startsWith("<!--", i)) {
                int e = s.indexOf("-->", i);
                if (e < 0) return s.length();
                i = e + 3;
            } else if (s.startsWith("<!", i)) {
                int e = s.indexOf('>', i);
                if (e < 0) return s.length();
                i = e + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean hasRel(String rels, String wanted) {
        for (String r : rels.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (r.equals(wanted)) return true;
        }
        return false;
    }

}
