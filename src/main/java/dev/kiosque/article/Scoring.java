package dev.kiosque.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Picks the element that holds the article. Every paragraph-like element with enough text of its
 * own gives its ancestors points for its length and commas; each ancestor starts from a bonus for
 * its tag and its class/id hints; the totals are discounted by link density; the best one wins,
 * moved up to a common ancestor when several close runners-up share one.
 */
final class Scoring {

    /** Share (0-1) of the best score a runner-up needs to count towards a shared ancestor. */
    static final double RUNNER_UP_RATIO = 0.75;
    /** Runners-up that must share an ancestor before it replaces the best candidate. */
    static final int RUNNERS_UP_NEEDED = 3;
    /** Candidates kept for the runner-up check. */
    static final int TOP_CANDIDATES = 5;

    private final ExtractorSettings settings;
    private final Stats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private double bestScore;
    private Element scoredBest;
    /** Candidates in the order they were first scored, which is document order for disjoint ones. */
    private final List<Element> order = new ArrayList<>();

    Scoring(ExtractorSettings settings, Stats stats) {
        this.settings = settings;
        this.stats = stats;
    }

    /** Score of {@code e} after scoring (0 when it never received points). */
    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    /** The best container under {@code root}, or null when no element has scorable text. */
    Element best(Element root, Set<Element> skip) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (!(node instanceof Element)) return FilterResult.SKIP_ENTIRELY;
                Element e = (Element) node;
                if (skip.contains(e)) return FilterResult.SKIP_ENTIRELY;
                if (Tags.SCORED.contains(e.normalName())) scoreParagraph(e, root);
                return FilterResult.CONTINUE;
            }
        }, root);
        List<Element> top = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element e = entry.getKey();
            double finalScore = entry.getValue() * (1 - stats.of(e).linkDensity());
            entry.setValue(finalScore);
            insertTop(top, e);
        }
        if (top.isEmpty()) return null;
        return promote(top, root);
    }

    private void scoreParagraph(Element e, Element root) {
        Stats.Of s = stats.of(e);
        if (s.inlineChars < settings.minScoredChars()) return;
        double points = 1 + s.inlineCommas + Math.min(s.inlineChars / (double) settings.charsPerPoint(),
                settings.maxLengthPoints());
        Element ancestor = e.parent();
        for (int level = 0; ancestor != null && level < settings.ancestorLevels(); level++) {
            if (!scores.containsKey(ancestor)) {
                scores.put(ancestor, initial(ancestor));
                order.add(ancestor);
            }
            double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.put(ancestor, scores.get(ancestor) + points / share);
            if (ancestor == root) break;
            ancestor = ancestor.parent();
        }
    }

    /** Starting points of a candidate: its tag and its class/id hints. */
    private double initial(Element e) {
        double base;
        switch (e.normalName()) {
            case "article": case "main": base = 10; break;
            case "div": case "section": base = 5; break;
            case "pre": case "td": case "blockquote": base = 3; break;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form":
                base = -3; break;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": base = -5; break;
            default: base = 0;
        }
        if (e.attr("itemprop").contains("articleBody")) base += settings.hintWeight();
        return base + Hints.weight(e, settings.hintWeight());
    }

    /**
     * Other parts of the same article: candidates outside {@code top} with exactly the class of the
     * best-scored candidate and a score of at least {@code minScore}, as when a page cuts its body
     * into several sections; each comes with its lone-child wrappers.
     */
    List<Element> sameClass(Element top, Element root, double minScore) {
        List<Element> out = new ArrayList<>();
        String cls = scoredBest == null ? "" : scoredBest.className();
        if (cls.isEmpty()) return out;
        for (Element candidate : order) {
            if (candidate == scoredBest || score(candidate) < minScore || !cls.equals(candidate.className())) continue;
            if (isAncestor(top, candidate) || isAncestor(candidate, top)) continue;
            Element e = climbLoneChild(candidate, root);
            if (isAncestor(e, top) || out.contains(e)) e = candidate;  // its wrappers also hold the top one
            out.add(e);
        }
        return out;
    }

    /** Position of an element in first-scored order (through its first scored descendant), -1 if none. */
    int position(Element e) {
        for (int i = 0; i < order.size(); i++) {
            Element c = order.get(i);
            if (c == e || isAncestor(e, c)) return i;
        }
        return -1;
    }

    private void insertTop(List<Element> top, Element e) {
        double s = score(e);
        int i = 0;
        while (i < top.size() && score(top.get(i)) >= s) i++;
        if (i < TOP_CANDIDATES) {
            top.add(i, e);
            if (top.size() > TOP_CANDIDATES) top.remove(top.size() - 1);
        }
    }

    /**
     * Moves the best candidate up when it is one of several close runners-up below a shared
     * ancestor (articles split into several divs), or when its parent scores nearly as well.
     */
    private Element promote(List<Element> top, Element root) {
        Element best = top.get(0);
        double firstScore = score(best);
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (score(top.get(i)) >= firstScore * RUNNER_UP_RATIO) close.add(top.get(i));
        }
        if (close.size() >= RUNNERS_UP_NEEDED) {
            Element parent = best.parent();
            while (parent != null && parent != root.parent()) {
                int contained = 0;
                for (Element c : close) if (isAncestor(parent, c)) contained++;
                if (contained >= RUNNERS_UP_NEEDED) {
                    best = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        // climb while the parent keeps a good share of the score: the article wraps its paragraphs
        double last = score(best);
        double floor = last / 3;
        for (Element parent = best.parent(); parent != null && best != root; parent = parent.parent()) {
            if (!scores.containsKey(parent)) {
                if (parent == root) break;
                continue;
            }
            double ps = score(parent);
            if (ps < floor) break;
            if (ps > last) {
                best = parent;
                break;
            }
            last = ps;
            if (parent == root) break;
        }
        bestScore = score(best);
        scoredBest = best;
        return climbLoneChild(best, root);
    }

    /** A lone child says nothing its parent does not: climbs to the highest such wrapper. */
    private static Element climbLoneChild(Element e, Element root) {
        while (e != root && e.parent() != null && e.parent().childrenSize() == 1) e = e.parent();
        return e;
    }

    /** The score of the best candidate, before it climbed out of lone-child wrappers. */
    double bestScore() {
        return bestScore;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }
}
