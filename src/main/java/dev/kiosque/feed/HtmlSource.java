package dev.kiosque.feed;

import dev.kiosque.model.FeedMeta;
import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.text.PlainText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** A page without a feed, read as one: one item per element matching the rule's selector. */
public final class HtmlSource {

    /** Compiled selectors by text: a refresh reads the same few rules again and again. */
    private static final Map<String, Evaluator> SELECTORS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_SELECTORS = 256;
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");

    private HtmlSource() {}

    /**
     * Reads the page {@code html} (from {@code url}, to resolve links; HTTP charset or null) with
     * {@code rule}: each element matching {@code rule.select()} is an {@code <a>} or holds one; its
     * title is the text of {@code rule.title()} inside it (default: the link's text), its date the
     * text of {@code rule.date()} (or a {@code <time datetime>}), its summary that of
     * {@code rule.summary()}. Matches without a link are skipped, and two matches with the same link
     * make one item. Items have no author and no content; format is {@code html}.
     *
     * @throws FeedException when a selector of the rule is not valid CSS
     */
    public static ParsedFeed read(byte[] html, String url, String charsetHint, HtmlRule rule) throws FeedException {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(rule, "rule");
        Evaluator select = compile(rule.select());
        Evaluator title = rule.title() == null ? null : compile(rule.title());
        Evaluator date = rule.date() == null ? null : compile(rule.date());
        Evaluator summary = rule.summary() == null ? null : compile(rule.summary());
        Document doc = parse(html, url, charsetHint);
        Map<String, ItemBuilder> byLink = new LinkedHashMap<>();
        for (Element match : doc.select(select)) {
            Element titleEl = title == null ? null : match.selectFirst(title);
            Element link = link(match, titleEl);
            if (link == null) continue;
            String href = link.absUrl("href");
            if (href.isEmpty()) href = link.attr("href").strip();
            ItemBuilder b = byLink.get(href);
            if (b == null) {
                b = new ItemBuilder();
                b.link = href;
                byLink.put(href, b);
            }
            if (b.title == null) {
                String t = PlainText.line(titleEl != null ? titleEl.text() : link.text());
                if (t.isEmpty()) t = PlainText.line(link.attr("title"));
                b.title = t.isEmpty() ? null : t;
            }
            if (b.published == null) b.published = date(match, date);
            if (b.summaryText == null && summary != null) {
                Element s = match.selectFirst(summary);
                if (s != null && !s.text().isBlank()) b.summaryText = s.text();
            }
        }
        List<Item> items = new ArrayList<>();
        for (ItemBuilder b : byLink.values()) items.add(b.build());
        return new ParsedFeed("html", meta(doc, url), items, true);
    }

    /**
     * Guesses a rule for a page: the repeated pattern of links to same-site, article-like pages
     * with headline-like text, outside menus, sidebars, footers and ads. Empty when the page shows
     * no such pattern.
     */
    public static Optional<HtmlRule> suggest(byte[] html, String url, String charset) {
        Objects.requireNonNull(html, "html");
        return TeaserPattern.find(parse(html, url, charset), Links.asBase(url));
    }

    static Document parse(byte[] html, String url, String charsetHint) {
        String base = Links.asBase(url);
        return Jsoup.parse(Decoding.decode(html, charsetHint), base == null ? "" : base);
    }

    private static Evaluator compile(String css) throws FeedException {
        Evaluator e = SELECTORS.get(css);
        if (e != null) return e;
        try {
            e = QueryParser.parse(css);
        } catch (Selector.SelectorParseException | IllegalArgumentException ex) {
            throw new FeedException("invalid CSS selector '" + css + "': " + ex.getMessage());
        }
        if (SELECTORS.size() < MAX_CACHED_SELECTORS) SELECTORS.put(css, e);
        return e;
    }

    /** The link of a match: the title's link, the match itself, or its first link with text. */
    private static Element link(Element match, Element titleEl) {
        if (titleEl != null) {
            if (titleEl.nameIs("a") && titleEl.hasAttr("href")) return titleEl;
            Element inner = titleEl.selectFirst(LINK);
            if (inner != null) return inner;
            Element outer = titleEl.closest("a[href]");
            if (outer != null) return outer;
        }
        if (match.nameIs("a") && match.hasAttr("href")) return match;
        Element firstLink = null;
        for (Element a : match.select(LINK)) {
            if (firstLink == null) firstLink = a;
            if (!a.text().isBlank()) return a;
        }
        return firstLink;
    }

    private static Instant date(Element match, Evaluator date) {
        Element d = date == null ? null : match.selectFirst(date);
        if (d != null) {
            Element time = d.nameIs("time") && d.hasAttr("datetime") ? d : d.selectFirst(TIME);
            Instant fromAttr = time == null ? null : Dates.parse(time.attr("datetime"));
            return fromAttr != null ? fromAttr : Dates.parse(d.text());
        }
        Element time = match.selectFirst(TIME);
        return time == null ? null : Dates.parse(time.attr("datetime"));
    }

    private static FeedMeta meta(Document doc, String url) {
        Element description = doc.selectFirst("meta[name=description]");
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang").strip();
        String title = PlainText.line(doc.title());
        return new FeedMeta(title.isEmpty() ? null : title, Links.asBase(url),
                description == null ? null : PlainText.line(description.attr("content")), lang.isEmpty() ? null : lang);
    }
}
