package dev.kiosque.article;

import dev.kiosque.text.Fold;
import dev.kiosque.text.PlainText;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title: the page's {@code <h1>} when it agrees with the declared title
 * (OpenGraph, JSON-LD headline, {@code <title>}), else the declared title without its
 * " | Site" or " - Site" suffix.
 */
final class Titles {

    /** Words the rest of a title needs before a trailing part may be cut as a site name. */
    static final int MIN_TITLE_WORDS = 3;
    /** Most words a trailing part may have to be cut as a site name when it does not match it. */
    static final int MAX_SITE_WORDS = 4;

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014\u00b7:/\u2022\u00bb]{1,2}\\s+");

    private Titles() {}

    static String title(Document doc, Map<String, String> tags, Map<String, Object> ld, String site) {
        String declared = Metadata.first(tags.get("og:title"),
                ld == null ? null : JsonLd.text(ld.get("headline")), tags.get("twitter:title"), doc.title());
        String stripped = declared == null ? null : strip(PlainText.line(declared), site);
        for (Element h1 : doc.select("h1")) {
            String text = PlainText.line(h1.text());
            if (text.isEmpty() || Metadata.same(text, site)) continue;
            if (stripped == null) return text;
            String f = Fold.of(text);
            if (f.equals(Fold.of(stripped)) || Fold.of(PlainText.line(declared)).startsWith(f)) return text;
        }
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }

    /** Cuts a trailing " | Site" (or " - Site", " — Site") from {@code title}. */
    static String strip(String title, String site) {
        Matcher m = SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) return title;
        String head = title.substring(0, lastStart).trim();
        String tail = title.substring(lastEnd).trim();
        boolean isSite = site != null && (Metadata.same(tail, site) || Fold.of(site).contains(Fold.of(tail)));
        boolean looksLikeSite = words(tail) <= MAX_SITE_WORDS && words(head) >= MIN_TITLE_WORDS
                && !title.substring(lastStart, lastEnd).contains(":");
        if (isSite) return strip(head, site);
        return looksLikeSite ? head : title;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }
}
