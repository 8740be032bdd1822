package dev.kiosque.article;

import dev.kiosque.text.Fold;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Marks the clutter inside the chosen content: boxes named like clutter, ad labels
 * ("Publicité"), "Lire aussi"/"Read more" paragraphs and boxes, share links, byline, date and
 * tags lines that the metadata already holds, link lists, the title repeated as a heading, and
 * boxes whose text and link density say they are not prose. Marked elements go to the skip set;
 * the tree itself is not changed, so a looser retry can start from the same document.
 */
final class Cleanup {

    /** Share (0-1) of the content's text above which a box is never dropped by its measures. */
    static final double PROTECTED_SHARE = 0.6;
    /** Commas from which a box counts as prose whatever its other measures. */
    static final int PROSE_COMMAS = 10;
    /** Characters up to which a line can be a byline, a date line or a label. */
    static final int META_LINE_CHARS = 120;
    /** Elements a subtree may hold for its text to be read and matched against boilerplate lines. */
    static final int MAX_TEXT_CHECK_ELEMENTS = 64;
    /** Characters up to which a text without any letter (a counter, a bullet) is noise. */
    static final int NO_LETTER_CHARS = 10;
    /** Characters up to which a line can be a label such as "Lire aussi". */
    static final int LABEL_CHARS = 60;
    /** Link density (0-1) from which a paragraph is only a link. */
    static final double LINK_ONLY = 0.8;
    /** Link density (0-1) above which a heading is navigation. */
    static final double HEADING_LINK_DENSITY = 0.33;

    private static final Pattern AD_LABEL = Pattern.compile(
            "(publicite|publicites|pub|advertisement|advertising|advertisements|advert|ad|ads|annonce|sponsored|sponsorise"
            + "|contenu sponsorise|partenaire|story continues below advertisement|continue reading below|comments?"
            + "|commentaires?|report|signaler|share|partager|print|imprimer|e-?mail|tweet|close|fermer|caption"
            + "|legende|menu|reagir|reply|repondre|like|j.aime)[\\s.:!]*");
    /** WordPress shortcodes left in the text by a missing plugin: {@code [button link=...]...[/button]}. */
    private static final Pattern SHORTCODE = Pattern.compile("\\[[a-z_-]+(\\s[^\\]]*)?\\].*\\[/[a-z_-]+\\]");
    private static final Pattern RELATED_LEAD = Pattern.compile(
            "(a lire aussi|lire aussi|a lire egalement|lire egalement|a lire|voir aussi|voir egalement|sur le meme sujet"
            + "|dans la meme rubrique|read more|read also|also read|related|see also|more on this|more from|you may also"
            + "|recommended|read next|further reading|suggested|trending|most read|les plus lus|see more|see also|don.?t miss"
            + "|ne manquez pas|a voir aussi|a voir|voir plus|more stories|top stories|latest news|popular)\\b.*");
    private static final Pattern PROMO = Pattern.compile(
            "(?i).*\\b(subscribe to|sign up for|sign up to|newsletters?\\b.*inbox|inscrivez-vous|abonnez-vous"
            + "|recevez notre|follow us on|suivez-nous|have a tip\\?|download our app|telechargez notre|sharing is caring"
            + "|requires javascript|enable javascript|activer javascript|activez javascript"
            + "|cliquez ici pour recevoir).*");
    private static final Pattern META_LEAD = Pattern.compile(
            "(publie|mis a jour|mise a jour|modifie|mis en ligne|published|updated|posted|last updated|mots-cles|mots cles"
            + "|tags|etiquettes|keywords|topics|themes|credit photo|photo credit|source ?:|partager|share this"
            + "|share on|imprimer|print|e-?mail|envoyer|image copyright|image caption|copyright|photo ?:|credit ?:"
            + "|credits? photo|illustration ?:)\\b.*");
    private static final Pattern BYLINE = Pattern.compile("(?i)(par|by|de|written by|reported by)\\s+\\p{Lu}[^.!?]{0,70}");
    private static final Pattern SHARE_HREF = Pattern.compile(
            "sharer|intent/tweet|whatsapp:|mailto:\\?|share\\?|shareArticle|pinterest\\.com/pin/create|reddit\\.com/submit");

    private final ExtractorSettings settings;
    private final Stats stats;
    private final String foldedTitle;

    Cleanup(ExtractorSettings settings, Stats stats, String title) {
        this.settings = settings;
        this.stats = stats;
        this.foldedTitle = title == null ? "" : Fold.of(title).trim();
    }

    /** Adds the clutter found below {@code content} to {@code drop}. */
    void mark(Element content, Set<Element> drop) {
        int total = Math.max(1, stats.of(content).chars);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element)) return FilterResult.SKIP_ENTIRELY;
                Element e = (Element) node;
                if (drop.contains(e)) return FilterResult.SKIP_ENTIRELY;
                if (e != content && isClutter(e, total)) {
                    drop.add(e);
                    if (isRelatedLabel(e)) dropLinksAfter(e, drop);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, content);
    }

    private boolean isClutter(Element e, int total) {
        Stats.Of s = stats.of(e);
        String tag = e.normalName();
        if (tag.equals("noscript")) return !keepNoscript(e);
        if (tag.equals("a") && SHARE_HREF.matcher(e.attr("href")).find()) return true;
        if (tag.equals("img") || tag.equals("amp-img")) return isPixel(e);
        if (s.chars == 0) return s.images == 0 && !tag.equals("br") && !tag.equals("hr") && !tag.equals("td");
        boolean big = s.chars > total * PROTECTED_SHARE;
        if (!big && Hints.clutterInside(e)) return true;
        // small subtrees only: reading the text of deep ones at every level would cost depth squared
        if (s.chars <= settings.relatedMaxChars() && s.elements <= MAX_TEXT_CHECK_ELEMENTS
                && isBoilerplateText(e, s)) {
            return true;
        }
        if (Tags.HEADINGS.contains(tag)) return s.elements <= MAX_TEXT_CHECK_ELEMENTS && isNavHeading(e, s);
        if (big) return false;
        return isDubiousBox(e, s, tag);
    }

    /** A bare "Lire aussi" / "You may also like" label, with no link of its own. */
    private boolean isRelatedLabel(Element e) {
        Stats.Of s = stats.of(e);
        return s.linkChars == 0 && s.chars <= LABEL_CHARS && RELATED_LEAD.matcher(Fold.of(e.text()).trim()).matches();
    }

    /** Drops the link-only siblings that follow a related-links label. */
    private void dropLinksAfter(Element label, Set<Element> drop) {
        for (Element next = label.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            Stats.Of s = stats.of(next);
            if (s.chars == 0) continue;  // an empty ad slot does not end the list
            if (s.chars > settings.relatedMaxChars() || s.linkDensity() < LINK_ONLY) return;
            drop.add(next);
        }
    }

    /** Ad labels, "Lire aussi" leads, bylines, date and tags lines. */
    private boolean isBoilerplateText(Element e, Stats.Of s) {
        String text = e.text();
        String folded = Fold.of(text).trim();
        if (AD_LABEL.matcher(folded).matches()) return true;
        if (s.chars <= NO_LETTER_CHARS && folded.codePoints().noneMatch(Character::isLetter)) return true;
        if (PROMO.matcher(folded).matches() && !e.normalName().equals("li")) return true;
        if (SHORTCODE.matcher(folded).matches()) return true;
        if (s.linkDensity() >= LINK_ONLY && isShouted(text)) return true;  // "SEE ALSO THIS STORY" link lines
        if (RELATED_LEAD.matcher(folded).matches() && (s.linkChars > 0 || s.chars <= LABEL_CHARS)) return true;
        if (s.chars > META_LINE_CHARS) return false;
        if (META_LEAD.matcher(folded).matches() && (Dates.findHuman(text) != null || !text.contains(". "))) return true;
        return BYLINE.matcher(text.trim()).matches() && !e.normalName().equals("li")
                && (s.linkChars > 0 || Dates.findHuman(text) != null || !Hints.names(e).isEmpty()
                    || e.select("strong,b,em,i,span").size() > 0);
    }

    /** True when every letter of {@code text} is a capital and there are several words. */
    private static boolean isShouted(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= LABEL_CHARS / 4 && text.trim().indexOf(' ') > 0;
    }

    private boolean isNavHeading(Element e, Stats.Of s) {
        if (s.linkDensity() > HEADING_LINK_DENSITY) return true;
        if (Hints.weight(e, settings.hintWeight()) < 0) return true;
        return !foldedTitle.isEmpty() && Fold.of(e.text()).trim().equals(foldedTitle);
    }

    /** Readability-style conditional cleaning of boxes that do not read like prose. */
    private boolean isDubiousBox(Element e, Stats.Of s, String tag) {
        switch (tag) {
            case "div": case "section": case "aside": case "ul": case "ol": case "form": case "header":
            case "footer": case "center": case "dl":
                break;
            case "table":
                if (s.tables == 1 && Tables.isData(e, settings)) return false;
                break;
            default:
                return false;
        }
        if (Hints.embed(e)) return false;  // quoted posts are link-heavy text
        int weight = Hints.weight(e, settings.hintWeight());
        if (weight < 0) return true;
        if (s.commas >= PROSE_COMMAS) return false;
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        double ld = s.linkDensity();
        if (s.images > 1 && s.paragraphs < s.images / 2 && s.chars < settings.boxMinChars()) return true;
        if (!list && s.listItems > s.paragraphs + 3 && ld > settings.lightLinkDensity()) return true;
        if (tag.equals("form") || tag.equals("aside") || tag.equals("footer")) {
            if (s.chars < settings.boxMinChars()) return true;
        }
        if (weight < settings.hintWeight() && ld > settings.lightLinkDensity()) return true;
        return ld > settings.heavyLinkDensity();
    }

    /** A {@code <noscript>} is kept only when it holds the one copy of an image. */
    private static boolean keepNoscript(Element e) {
        if (e.selectFirst("img") == null) return false;
        Element prev = e.previousElementSibling();
        return prev == null || (!prev.normalName().equals("img") && prev.selectFirst("img") == null);
    }

    private static boolean isPixel(Element img) {
        String w = img.attr("width");
        String h = img.attr("height");
        return w.equals("1") || h.equals("1") || w.equals("0") || h.equals("0");
    }
}
