package dev.kiosque.feed;

import dev.kiosque.model.ParsedFeed;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1, sniffed from the bytes. Lenient:
 * an ill-formed or truncated document yields every complete item before the damage.
 *
 * <p>{@link ParsedFeed#format()} is one of {@code rss0.90}, {@code rss0.91}, {@code rss0.92},
 * {@code rss2.0} (or {@code rss} plus whatever version the feed declares, {@code rss} when none),
 * {@code rss1.0}, {@code atom0.3}, {@code atom1.0}, {@code atom}, {@code json1.0}, {@code json1.1},
 * {@code json}. {@code complete} is false when the document was cut off (its root never closes)
 * or, for JSON Feed, broke off; a last entry that was cut in the middle is dropped.
 */
public final class FeedReader {

    private static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
    private static final Set<String> FEED_ROOTS = Set.of("rss", "channel", "rdf", "feed");
    /** How far into a document a feed hidden behind junk is looked for. */
    private static final int SALVAGE_WINDOW = 4096;

    private FeedReader() {}

    /**
     * Parses {@code body}. {@code url} is where it came from (to resolve relative links; a file
     * path is accepted); {@code charsetHint} is the HTTP charset or null.
     *
     * @throws FeedException when the bytes are not a feed at all: empty, an HTML page, JSON that
     *     is not a JSON Feed, or XML with another root element. The message is one plain line.
     */
    public static ParsedFeed read(byte[] body, String url, String charsetHint) throws FeedException {
        Objects.requireNonNull(body, "body");
        String text = Decoding.decode(body, charsetHint);
        int start = firstSignificant(text);
        if (start >= text.length()) throw new FeedException("empty document");
        String docUrl = Links.asBase(url);
        char first = text.charAt(start);
        if (first == '{') return JsonFeedParser.parse(text, docUrl);
        Located doc = locate(text, start);
        if (doc.root() == null) {
            throw new FeedException(first == '<' ? "not a feed: no element in the document" : "not a feed: neither XML nor JSON");
        }
        ReadScope.open(doc.parsed());
        try {
            return dispatch(doc, docUrl);
        } finally {
            ReadScope.close();
        }
    }

    /**
     * The document text from the feed's start, the text jsoup parsed (entities of the DOCTYPE
     * expanded), and its root element (null if none).
     */
    private record Located(String text, String parsed, Element root) {
        String rootName() {
            return root == null ? "" : root.tag().localName().toLowerCase(Locale.ROOT);
        }
    }

    private static Located locate(String text, int start) {
        Located doc = text.charAt(start) == '<' ? parse(text) : new Located(text, text, null);
        if (FEED_ROOTS.contains(doc.rootName())) return doc;
        // Server warnings printed before the feed ("Notice: ... <br />") hide a good document.
        int salvage = feedStart(text);
        if (salvage <= start) return doc;
        return parse(text.substring(salvage));
    }

    private static ParsedFeed dispatch(Located doc, String docUrl) throws FeedException {
        Element root = doc.root();
        boolean complete = doc.text().lastIndexOf("</" + root.tagName()) > 0;
        String cutSource = complete ? null : doc.text();
        switch (doc.rootName()) {
            case "rss", "channel" -> {
                FeedTree.Result r = RssParser.parse(root, docUrl, cutSource);
                return new ParsedFeed(rssFormat(root), r.meta(), r.items(), complete);
            }
            case "rdf" -> {
                FeedTree.Result r = RssParser.parse(root, docUrl, cutSource);
                return new ParsedFeed(rdfFormat(root), r.meta(), r.items(), complete);
            }
            case "feed" -> {
                FeedTree.Result r = AtomParser.parse(root, docUrl, cutSource);
                return new ParsedFeed(atomFormat(root), r.meta(), r.items(), complete);
            }
            case "html", "head", "body" -> throw new FeedException("not a feed: looks like an HTML page");
            default -> throw new FeedException("not a feed: the root element is <" + root.tagName() + ">");
        }
    }

    private static Located parse(String text) {
        String parsed = Doctype.expandEntities(text);
        Document doc = Jsoup.parse(parsed, "", Parser.xmlParser());
        return new Located(text, parsed, doc.firstElementChild());
    }

    /** Where a feed's root element (or its XML declaration) starts in {@code text}, or -1. */
    private static int feedStart(String text) {
        int window = Math.min(text.length(), SALVAGE_WINDOW);
        String head = text.substring(0, window);
        int best = -1;
        for (String marker : new String[] {"<?xml", "<rss", "<feed", "<rdf:RDF", "<RDF"}) {
            int i = head.indexOf(marker);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    private static int firstSignificant(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) i++;
        return i;
    }

    private static String rssFormat(Element root) {
        String v = Xml.attr(root, "version");
        if (v == null) return "rss";
        return switch (v) {
            case "0.90", "0.9" -> "rss0.90";
            case "2", "2.0", "2.00", "2.0.1" -> "rss2.0";
            default -> "rss" + v;
        };
    }

    private static String rdfFormat(Element root) {
        for (int i = 0, n = root.childNodeSize(); i < n; i++) {   // not children(): see Xml.fields
            if (root.childNode(i) instanceof Element c && RSS090.equals(c.tag().namespace())) return "rss0.90";
        }
        return "rss1.0";
    }

    private static String atomFormat(Element root) {
        String ns = root.tag().namespace();
        if (Xml.ATOM03.equals(ns) || "0.3".equals(Xml.attr(root, "version"))) return "atom0.3";
        if (Xml.ATOM10.equals(ns)) return "atom1.0";
        return "atom";
    }
}
