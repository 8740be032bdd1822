package dev.kiosque.article;

import dev.kiosque.text.Fold;
import dev.kiosque.text.PlainText;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's metadata, each field from the most reliable source the page offers: JSON-LD
 * first, then OpenGraph and {@code article:*} meta tags, then microdata and {@code <time>}, then
 * what the page shows (the {@code <h1>}, a byline, a "Publié le …" line, a category label).
 * Every value is plain text; any may be null.
 */
record Metadata(String title, String byline, Instant published, String site, String section, String lang,
                String ldBody) {

    /** Longest plausible byline or section label, in characters. */
    static final int MAX_LABEL_CHARS = 100;

    private static final Pattern BYLINE_LEAD = Pattern.compile("(?i)^(par|by|de|written by|posted by|reported by)\\s+");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)(publi[ée]|publie|mis en ligne|published|posted|posté|poste)\\b");
    private static final long SECONDS_PER_DAY = 86_400;
    /** Most words in a category label read from the page. */
    static final int MAX_LABEL_WORDS = 4;
    private static final Pattern LABEL_PUNCTUATION = Pattern.compile("[?!.:;|]");
    /** Words that show a byline-named element holds a widget, not a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)\\b(read|next|more|related|share|follow|comments?|newsletter|subscribe|lire|suivre|partager|voir"
            + "|articles?|posts?|view|profile|bio)\\b");
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};
    /** A date, or a separator before one, that ends a visible byline. */
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "(?i)\\s*(\\||\\u2022|\\u00b7|,?\\s+(le|on|updated|published|publi[ée])\\b|,?\\s+(jan|feb|mar|apr|may|jun|jul|aug"
            + "|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|,?\\s+\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|,?\\s+\\d{4}-\\d{2})");
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
        "cxenseparse:recs:publishtime"};

    /** Reads the metadata of {@code doc}; run before anything removes {@code <script>} elements. */
    static Metadata read(Document doc) {
        Map<String, Object> ld = JsonLd.article(doc);
        Map<String, String> tags = metaTags(doc);
        String site = first(tags.get("og:site_name"), ld == null ? null : JsonLd.text(ld.get("publisher")),
                tags.get("application-name"));
        String title = Titles.title(doc, tags, ld, site);
        String byline = byline(doc, tags, ld);
        Instant published = published(doc, tags, ld);
        String section = section(doc, tags, ld);
        String lang = lang(doc, tags, ld);
        String body = ld == null ? null : JsonLd.text(ld.get("articleBody"));
        return new Metadata(title, byline, published, clean(site), section, lang, body);
    }

    /** The page's {@code <meta>} values by lower-cased property, name, itemprop or http-equiv; first one wins. */
    static Map<String, String> metaTags(Document doc) {
        Map<String, String> tags = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String v = m.attr("content");
            if (v.isBlank()) continue;
            for (String attr : META_KEYS) {
                String key = m.attr(attr);
                if (!key.isEmpty()) tags.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), v);
            }
        }
        return tags;
    }

    private static String byline(Document doc, Map<String, String> tags, Map<String, Object> ld) {
        String v = ld == null ? null : JsonLd.names(ld.get("author"));
        if (v == null) v = ld == null ? null : JsonLd.names(ld.get("creator"));
        if (v == null) v = notUrl(tags.get("author"));
        if (v == null) v = notUrl(tags.get("article:author"));
        if (v == null) v = notUrl(tags.get("dc.creator"));
        if (v == null) v = notUrl(tags.get("parsely-author"));
        if (v == null) v = visibleByline(doc);
        v = clean(v);
        if (v == null) return null;
        v = BYLINE_LEAD.matcher(v).replaceFirst("").trim();
        Matcher date = BYLINE_TAIL.matcher(v);
        if (date.find() && date.start() > 0) v = v.substring(0, date.start()).trim();  // "Name November 15, 2019"
        return v.isEmpty() || v.length() > MAX_LABEL_CHARS ? null : v;
    }

    /** A byline shown on the page: rel=author, itemprop=author, or an element named like a byline. */
    private static String visibleByline(Document doc) {
        Element e = doc.selectFirst("[rel=author], [itemprop=author]");
        if (e != null) {
            Element name = e.selectFirst("[itemprop=name]");
            String t = (name != null ? name : e).text();
            if (!t.isBlank() && t.length() <= MAX_LABEL_CHARS) return t;
        }
        for (Element c : doc.select("[class], [id]")) {
            if (!Hints.byline(c)) continue;
            String t = c.text();
            if (t.isBlank() || t.length() > MAX_LABEL_CHARS || DATE_LINE.matcher(t).find()) continue;
            if (NOT_A_NAME.matcher(t).find()) continue;
            if (Hints.clutter(c) && Hints.names(c).contains("comment")) continue;
            if (c.closest("[class*=comment], [id*=comment]") != null) continue;
            return t;
        }
        return null;
    }

    private static Instant published(Document doc, Map<String, String> tags, Map<String, Object> ld) {
        Instant fromLd = null;
        if (ld != null) {
            fromLd = Dates.parse(JsonLd.text(ld.get("datePublished")));
            if (fromLd == null) fromLd = Dates.parse(JsonLd.text(ld.get("dateCreated")));
        }
        Instant fromMeta = null;
        for (String key : DATE_META) {
            fromMeta = Dates.parse(tags.get(key.toLowerCase(Locale.ROOT)));
            if (fromMeta != null) break;
        }
        if (fromLd != null) {
            // a date-only JSON-LD value yields to a meta tag giving the time of the same day
            boolean sameDay = fromMeta != null && !fromMeta.isBefore(fromLd)
                    && fromMeta.isBefore(fromLd.plus(1, ChronoUnit.DAYS));
            return fromLd.getEpochSecond() % SECONDS_PER_DAY == 0 && sameDay ? fromMeta : fromLd;
        }
        if (fromMeta != null) return fromMeta;
        for (Element t : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
            Instant d = Dates.parse(t.attr("datetime"));
            if (d != null) return d;
        }
        for (Element e : doc.getElementsMatchingOwnText(DATE_LINE)) {
            if (e.closest("[class*=comment], [id*=comment]") != null) continue;
            Instant d = Dates.findHuman(e.text());
            if (d != null) return d;
        }
        // last resort: a short line in an element named like a date or a byline
        for (Element e : doc.select("[class*=date], [class*=time], [class*=byline], [class*=publish], [class*=meta]")) {
            String t = e.text();
            if (t.length() > MAX_LABEL_CHARS || e.closest("[class*=comment], [id*=comment]") != null) continue;
            Instant d = Dates.findHuman(t);
            if (d != null) return d;
        }
        return null;
    }

    private static String section(Document doc, Map<String, String> tags, Map<String, Object> ld) {
        String v = tags.get("article:section");
        if (v == null && ld != null) v = JsonLd.text(ld.get("articleSection"));
        if (v == null) v = labelNamed(doc, Hints::sectionLabel);
        if (v == null) v = labelNamed(doc, Hints::rubrique);
        return clean(v);
    }

    /** The short text of the first element named by {@code names}: a label, not a box. */
    private static String labelNamed(Document doc, Predicate<Element> named) {
        for (Element c : doc.select("[class], [id]")) {
            if (!named.test(c) || Hints.clutter(c)) continue;
            if (c.childrenSize() > 1) continue;
            String t = c.text().trim();
            if (!t.isBlank() && t.split("\\s+").length <= MAX_LABEL_WORDS && !LABEL_PUNCTUATION.matcher(t).find()) return t;
        }
        return null;
    }

    private static String lang(Document doc, Map<String, String> tags, Map<String, Object> ld) {
        Element html = doc.selectFirst("html");
        String v = html == null ? "" : html.attr("lang");
        if (v.isBlank()) v = tags.get("og:locale");
        if (v == null || v.isBlank()) v = tags.get("content-language");
        if ((v == null || v.isBlank()) && ld != null) v = JsonLd.text(ld.get("inLanguage"));
        if (v == null || v.isBlank()) return null;
        String tag = PlainText.line(v).replace('_', '-');
        int comma = tag.indexOf(',');
        if (comma > 0) tag = tag.substring(0, comma).trim();
        return tag.isEmpty() ? null : tag.toLowerCase(Locale.ROOT);
    }

    private static String notUrl(String v) {
        if (v == null) return null;
        String f = v.trim().toLowerCase(Locale.ROOT);
        return f.startsWith("http:") || f.startsWith("https:") || f.startsWith("/") ? null : v;
    }

    static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    static String clean(String v) {
        String s = PlainText.line(v);
        return s == null || s.isEmpty() ? null : s;
    }

    /** True when {@code a} and {@code b} read the same once case, accents and spacing are ignored. */
    static boolean same(String a, String b) {
        return a != null && b != null && Fold.of(PlainText.collapse(a)).equals(Fold.of(PlainText.collapse(b)));
    }
}
