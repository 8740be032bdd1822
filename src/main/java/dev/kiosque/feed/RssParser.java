package dev.kiosque.feed;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.FeedMeta;
import dev.kiosque.model.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * RSS 0.90-0.94, 2.0 and 1.0 (RDF) into items. The two families share their item vocabulary
 * (title, link, description plus the Dublin Core and content modules); only where the items sit
 * differs, and {@link FeedTree#entries} finds them wherever they are.
 */
final class RssParser {

    /** A description with this many paragraphs and no other full text is kept as the content too. */
    static final int LONG_DESCRIPTION_PARAGRAPHS = 3;
    /** ... or a description at least this long (characters of HTML). */
    static final int LONG_DESCRIPTION_CHARS = 2000;

    private RssParser() {}

    /**
     * Reads the channel and items of an RSS document whose root element is {@code root};
     * {@code cutSource} is the text of a document that was cut off, else null.
     */
    static FeedTree.Result parse(Element root, String docUrl, String cutSource) {
        Element channel = "channel".equals(Xml.key(root, false)) ? root
                : Xml.fields(root, false).first("channel");
        Xml.Fields cf = channel == null ? new Xml.Fields(Map.of()) : Xml.fields(channel, false);
        String channelBase = Links.base(channel == null ? root : channel, docUrl);
        String link = Links.resolve(channelBase, cf.text("link"));
        if (link == null) link = FeedTree.alternateHref(cf.all("atom:link"), channelBase);
        String language = cf.text("language", "dc:language");
        if (language == null) language = Xml.attr(channel == null ? root : channel, "xml:lang");
        if (language == null) language = Xml.attr(root, "xml:lang");
        FeedMeta meta = new FeedMeta(ItemBuilder.plainLine(Xml.html(cf.first("title", "dc:title"))), link,
                ItemBuilder.plainLine(Xml.html(cf.first("description", "dc:description", "itunes:summary",
                        "itunes:subtitle"))), FeedTree.language(language));
        String itemFallbackBase = link != null ? link : docUrl;
        List<Item> items = new ArrayList<>();
        for (Element el : FeedTree.entries(root, "item", false, cutSource)) {
            ItemBuilder b = item(el, docUrl, itemFallbackBase);
            if (!b.isEmpty()) items.add(b.build());
        }
        return new FeedTree.Result(meta, items);
    }

    private static ItemBuilder item(Element item, String docUrl, String fallbackBase) {
        Xml.Fields f = Xml.fields(item, false);
        ItemBuilder b = new ItemBuilder();
        String base = FeedTree.hasXmlBase(item) ? Links.base(item, docUrl) : fallbackBase;
        b.titleHtml = Xml.html(f.first("title", "dc:title"));
        Element guid = f.first("guid");
        b.id = Xml.text(guid);
        b.link = Links.resolve(base, f.text("link"));
        if (b.link == null) b.link = FeedTree.alternateHref(f.all("atom:link"), base);
        if (b.link == null && Links.isWebUrl(b.id) && !"false".equalsIgnoreCase(Xml.attr(guid, "ispermalink"))
                && !"false".equalsIgnoreCase(Xml.attr(guid, "isPermaLink"))) {
            b.link = b.id;
        }
        // RSS 1.0 names each item by a URI; it identifies the item but only a guid doubles as its link.
        if (b.id == null) b.id = Xml.attr(item, "rdf:about");
        for (Element a : f.all("author")) b.author(rssAuthor(Xml.text(a)));
        for (String k : new String[] {"dc:creator", "dc:author", "itunes:author"}) {
            for (Element a : f.all(k)) b.author(rssAuthor(Xml.text(a)));
        }
        Instant dcDate = Dates.parse(f.text("dc:date"));
        b.published = firstDate(f, "pubdate", "dcterms:issued", "dcterms:created", "issued");
        if (b.published == null) b.published = dcDate;
        b.updated = firstDate(f, "atom:updated", "dcterms:modified", "modified");
        if (b.updated == null) b.updated = dcDate;
        b.summaryHtml = Xml.html(f.first("description", "dc:description", "summary", "itunes:summary", "atom:summary"));
        b.contentHtml = Xml.html(f.first("content:encoded", "xhtml:body", "body", "fullitem", "atom:content"));
        // Beside a description, a <summary> is the longer text of the two (feeds that send both).
        if (b.contentHtml == null && f.first("description") != null) b.contentHtml = Xml.html(f.first("summary"));
        if (b.contentHtml == null && isLong(b.summaryHtml)) b.contentHtml = b.summaryHtml;
        for (Element c : f.all("category")) b.category(Xml.text(c));
        for (Element c : f.all("dc:subject")) b.category(Xml.text(c));
        b.enclosure = enclosure(f, base);
        return b;
    }

    /**
     * The name in an RSS author field: {@code "jo@example.com (Jo Doe)"} and
     * {@code "Jo Doe <jo@example.com>"} give "Jo Doe"; a bare address stays as it is.
     */
    static String rssAuthor(String s) {
        if (s == null) return null;
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        if (open >= 0 && close > open) {
            String inner = s.substring(open + 1, close).strip();
            String outer = (s.substring(0, open) + s.substring(close + 1)).strip();
            if (!inner.isEmpty() && (outer.isEmpty() || outer.indexOf('@') >= 0)) return inner;
            if (inner.indexOf('@') >= 0 && !outer.isEmpty()) return outer;
        }
        int lt = s.indexOf('<');
        int gt = s.indexOf('>', lt + 1);
        if (lt > 0 && gt > lt && s.substring(lt, gt).indexOf('@') >= 0) {
            String name = (s.substring(0, lt) + s.substring(gt + 1)).strip();
            if (!name.isEmpty()) return name;
        }
        return s;
    }

    private static Instant firstDate(Xml.Fields f, String... keys) {
        for (String k : keys) {
            Instant d = Dates.parse(f.text(k));
            if (d != null) return d;
        }
        return null;
    }

    private static boolean isLong(String html) {
        if (html == null) return false;
        if (html.length() >= LONG_DESCRIPTION_CHARS) return true;
        int paragraphs = 0;
        for (int i = html.indexOf("<p"); i >= 0; i = html.indexOf("<p", i + 2)) {
            char next = i + 2 < html.length() ? html.charAt(i + 2) : ' ';
            if ((next == '>' || next == ' ') && ++paragraphs >= LONG_DESCRIPTION_PARAGRAPHS) return true;
        }
        return false;
    }

    private static Enclosure enclosure(Xml.Fields f, String base) {
        Element e = f.first("enclosure");
        if (e != null && Xml.attr(e, "url") != null) {
            return new Enclosure(Links.resolve(base, Xml.attr(e, "url")), Xml.attr(e, "type"), length(Xml.attr(e, "length")));
        }
        Element atom = FeedTree.relLink(f.all("atom:link"), "enclosure");
        if (atom != null) {
            return new Enclosure(Links.resolve(base, Xml.attr(atom, "href")), Xml.attr(atom, "type"), length(Xml.attr(atom, "length")));
        }
        Element media = f.first("media:content");
        if (media != null && Xml.attr(media, "url") != null) {
            return new Enclosure(Links.resolve(base, Xml.attr(media, "url")), Xml.attr(media, "type"), length(Xml.attr(media, "filesize")));
        }
        return null;
    }

    /** A byte count from an attribute, -1 when absent or not a number. */
    static long length(String s) {
        if (s == null) return -1;
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {   // "unknown", "12 MB": not a length we can trust
            return -1;
        }
    }
}
