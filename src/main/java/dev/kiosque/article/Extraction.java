package dev.kiosque.article;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One extraction, narrated: read the metadata, remove what is never content, then a strict pass
 * (clutter-named elements ignored) and, when it finds too little, a loose pass; the longer body
 * wins, and the JSON-LD {@code articleBody} stands in when both find less than it holds.
 */
final class Extraction {

    /**
     * How many times longer the loose pass's body must be to replace the strict one: a short brief
     * stays short rather than grow by the comments the strict pass rightly ignored.
     */
    static final double LOOSE_GAIN = 1.5;
    /** Share of the top score a sibling earns for having the top candidate's class. */
    static final double SAME_CLASS_BONUS = 0.2;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final Document doc;
    private final String url;
    private final ExtractorSettings settings;

    Extraction(Document doc, String url, ExtractorSettings settings) {
        this.doc = doc;
        this.url = url;
        this.settings = settings;
    }

    Article run() {
        Metadata meta = Metadata.read(doc);
        Element body = doc.body();
        Pruner.removeNeverContent(body);
        Pass best = pass(body, Pruner.unlikely(body), meta);
        if (best.chars < settings.minArticleChars()) {
            Pass loose = pass(body, Collections.newSetFromMap(new IdentityHashMap<>()), meta);
            if (loose.chars > best.chars * LOOSE_GAIN) best = loose;
        }
        List<Block> blocks = best.blocks;
        List<String> links = best.links;
        if (meta.ldBody() != null && best.chars < settings.minArticleChars()
                && meta.ldBody().length() > best.chars) {
            blocks = paragraphs(meta.ldBody());
            links = List.of();
        }
        Blocks.Body bodyText = Blocks.compactLinks(Blocks.tidy(blocks, meta.title()), links);
        return new Article(url, meta.title(), meta.byline(), meta.published(), meta.site(), meta.section(),
                meta.lang(), bodyText.blocks(), bodyText.links());
    }

    private record Pass(List<Block> blocks, List<String> links, int chars) {}

    private Pass pass(Element body, Set<Element> skip, Metadata meta) {
        Stats stats = Stats.measure(body, skip);
        Scoring scoring = new Scoring(settings, stats);
        Element top = scoring.best(body, skip);
        List<Element> roots = top == null ? List.of(body) : withSiblings(top, body, skip, scoring, stats);
        if (top != null) roots = withSameClass(roots, top, body, scoring);
        Set<Element> drop = Collections.newSetFromMap(new IdentityHashMap<>());
        drop.addAll(skip);
        Cleanup cleanup = new Cleanup(settings, stats, meta.title());
        for (Element root : roots) cleanup.mark(root, drop);
        BlockWriter writer = new BlockWriter(settings, drop);
        for (Element root : roots) writer.write(root);
        List<Block> blocks = writer.blocks();
        int chars = 0;
        for (Block b : blocks) if (b.kind() != Block.Kind.IMAGE) chars += b.text().length();
        return new Pass(blocks, writer.links(), chars);
    }

    /** The top candidate and those of its siblings that read like more of the same article. */
    private List<Element> withSiblings(Element top, Element body, Set<Element> skip, Scoring scoring, Stats stats) {
        Element parent = top.parent();
        if (top == body || parent == null) return List.of(top);
        double topScore = scoring.score(top);
        double threshold = Math.max(settings.siblingMinScore(), topScore * settings.siblingScoreRatio());
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            if (skip.contains(sibling)) continue;
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * SAME_CLASS_BONUS : 0;
            if (scoring.score(sibling) + bonus >= threshold) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("figure")) {
                if (stats.of(sibling).linkDensity() < settings.siblingLinkDensity()) roots.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                Stats.Of s = stats.of(sibling);
                double ld = s.linkDensity();
                if (s.chars > settings.siblingParagraphChars() && ld < settings.siblingLinkDensity()) {
                    roots.add(sibling);
                } else if (s.chars > 0 && ld == 0 && SENTENCE_END.matcher(sibling.text()).find()) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    /** Adds the other sections of an article cut into same-class parts, in document order. */
    private List<Element> withSameClass(List<Element> roots, Element top, Element body, Scoring scoring) {
        double min = Math.max(settings.siblingMinScore(), scoring.bestScore() * settings.siblingScoreRatio());
        List<Element> parts = scoring.sameClass(top, body, min);
        parts.removeIf(p -> roots.stream().anyMatch(r -> r == p || isInside(p, r)));
        if (parts.isEmpty()) return roots;
        List<Element> all = new ArrayList<>(roots);
        for (Element part : parts) {
            int at = all.size();
            for (int i = 0; i < all.size(); i++) {
                if (before(part, all.get(i), scoring)) {
                    at = i;
                    break;
                }
            }
            all.add(at, part);
        }
        return all;
    }

    private static boolean before(Element a, Element b, Scoring scoring) {
        int pa = scoring.position(a);
        int pb = scoring.position(b);
        return pa >= 0 && pb >= 0 ? pa < pb : a.siblingIndex() < b.siblingIndex() && a.parent() == b.parent();
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    private static List<Block> paragraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n|\\r?\\n")) {
            String line = Metadata.clean(p);
            if (line != null) blocks.add(Block.of(Block.Kind.PARAGRAPH, line));
        }
        return blocks;
    }
}
