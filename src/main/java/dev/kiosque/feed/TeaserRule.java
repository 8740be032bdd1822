package dev.kiosque.feed;

import dev.kiosque.model.HtmlRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the headline links of a teaser list into a rule: when each link sits in its own container
 * (an {@code article.teaser}), the rule selects the containers, takes the title from the link's
 * path inside them, and adds the date and summary elements the containers share.
 */
final class TeaserRule {

    /** Texts longer than this are not a date line. */
    static final int MAX_DATE_CHARS = 80;
    /** Texts at least this long, outside the headline, are a teaser summary. */
    static final int MIN_SUMMARY_CHARS = 60;

    private TeaserRule() {}

    static HtmlRule of(Document doc, String linkSelector, List<Element> anchors) {
        HtmlRule linkOnly = new HtmlRule(linkSelector, null, null, null);
        List<Element> containers = containers(anchors);
        if (containers == null) return linkOnly;
        Element first = containers.get(0);
        String select = TeaserPattern.path(first, 2);
        if (doc.select(select).size() < containers.size()) return linkOnly;
        String title = inner(first, anchors.get(0));
        String date = shared(containers, anchors, true);
        String summary = shared(containers, anchors, false);
        return new HtmlRule(select, title, date, summary);
    }

    /** The highest ancestor of each anchor holding no other anchor; null when they differ in kind. */
    private static List<Element> containers(List<Element> anchors) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        for (Element a : anchors) {
            for (Element e = a.parent(); e != null; e = e.parent()) counts.merge(e, 1, Integer::sum);
        }
        List<Element> out = new ArrayList<>();
        String kind = null;
        for (Element a : anchors) {
            Element c = a;
            while (c.parent() != null && counts.getOrDefault(c.parent(), 0) == 1 && !c.parent().nameIs("body")) c = c.parent();
            String k = TeaserPattern.simpleSelector(c);
            if (c == a || kind != null && !kind.equals(k)) return null;
            kind = k;
            out.add(c);
        }
        return out;
    }

    /** Selector of {@code a} relative to {@code container}: the elements between them, then a. */
    private static String inner(Element container, Element a) {
        List<String> parts = new ArrayList<>();
        for (Element e = a.parent(); e != null && e != container; e = e.parent()) parts.add(0, TeaserPattern.simpleSelector(e));
        parts.add("a");
        return String.join(" ", parts);
    }

    /** The selector of the date (or summary) element found in at least half of the containers, or null. */
    private static String shared(List<Element> containers, List<Element> anchors, boolean date) {
        Map<String, Integer> votes = new HashMap<>();
        for (int i = 0; i < containers.size(); i++) {
            Element anchor = anchors.get(i);
            Set<Element> headline = Collections.newSetFromMap(new IdentityHashMap<>());
            headline.addAll(anchor.parents());        // the title's wrappers are not a date or a summary
            headline.addAll(anchor.getAllElements()); // nor is what the link holds
            for (Element e : containers.get(i).getAllElements()) {
                if (headline.contains(e)) continue;
                boolean fits = date ? isDate(e) : isSummary(e);
                if (fits) votes.merge(TeaserPattern.simpleSelector(e), 1, Integer::sum);
            }
        }
        String best = null;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > bestVotes) {
                best = v.getKey();
                bestVotes = v.getValue();
            }
        }
        return bestVotes * 2 >= containers.size() ? best : null;
    }

    private static boolean isDate(Element e) {
        if (e.nameIs("time") && e.hasAttr("datetime")) return Dates.parse(e.attr("datetime")) != null;
        String t = e.ownText();
        return !t.isBlank() && t.length() <= MAX_DATE_CHARS && Dates.parse(t) != null;
    }

    private static boolean isSummary(Element e) {
        return (e.nameIs("p") || e.nameIs("div") || e.nameIs("span")) && e.ownText().length() >= MIN_SUMMARY_CHARS
                && e.selectFirst("a[href]") == null;
    }
}
