package dev.kiosque.article;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class names, ids and roles say about an element, in French and English. Short words
 * ({@code ad}, {@code pub}, {@code nav}, {@code tag}) only count as whole parts of a name, so that
 * {@code ad-inread} and {@code pub-label} are hints but {@code header-shadow} and {@code republish}
 * are not.
 */
final class Hints {

    /** Names of clutter: comments, related boxes, sharing, ads, navigation, boilerplate. */
    static final Pattern NEGATIVE = Pattern.compile(
            "comment(?!ary)|disqus|lire-?aussi|a-lire|alire|read-?more|readmore|voir-aussi|partag|share|sharing|social"
            + "|(?<![a-z])pub(?![a-z])|publicit|advert|(?<![a-z])ads?(?![a-z])|adsbygoogle|adslot|dfp|sponsor"
            + "|promo|related|similaire|sidebar|newsletter|footer|(?<![a-z])nav|menu|breadcrumb|fil-ariane"
            + "|(?<![a-z])tags?(?![a-z])|mots-?cles|cookie|consent|popup|modal|banner|widget|outbrain|taboola"
            + "|recommend|subscri|abonn|signup|login|masthead|byline|author|auteur|dateline|(?<![a-z])meta(?![a-z])"
            + "|toolbar|(?<![a-z])rating|combx|community|pagination|(?<![a-z])pager|most-?read|plus-?lus|trending|popular|skyscraper"
            + "|footnote|shoutbox|(?<![a-z])rss(?![a-z])|(?<![a-z])print|overlay|more-?stories|read-?next|gallery|slideshow"
            + "|carousel|rollover|tooltip|popover|hovercard|timestamp|(?<![a-z])date(?![a-z])|dateline|posted-on|entry-date");

    /** Names of article bodies. */
    static final Pattern POSITIVE = Pattern.compile(
            "article|content|contenu|body|corps|texte|(?<![a-z])text|story|(?<![a-z])post|entry|main|blog"
            + "|hentry|chapo|chapeau|lede|(?<![a-z])page(?![a-z])");

    /** Names so unlikely to hold the article that the strict pass ignores them before scoring. */
    static final Pattern UNLIKELY = Pattern.compile(
            "comment(?!ary)|disqus|lire-?aussi|a-lire|partag|share|social|publicit|advert|(?<![a-z])ads?(?![a-z])|sponsor"
            + "|related|similaire|sidebar|newsletter|footer|(?<![a-z])nav|menu|breadcrumb|fil-ariane|cookie|consent"
            + "|popup|modal|banner|outbrain|taboola|recommend|subscri|masthead|pagination|(?<![a-z])pager|most-?read"
            + "|plus-?lus|trending|remark|shoutbox|combx|community|(?<![a-z])tags?(?![a-z])|(?<![a-z])header"
            + "|agegate|skyscraper|overlay|(?<![a-z])rss(?![a-z])|(?<![a-z])pub(?![a-z])");

    /** Names that rescue an unlikely-looking element: it may wrap the article. */
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|contenu|texte|story");

    /** Names of embedded posts and media that articles quote: never clutter by their name alone. */
    static final Pattern EMBED = Pattern.compile("embed|tweet|instagram");

    /** Names of captions and photo credits. */
    static final Pattern CAPTION = Pattern.compile("caption|legende|(?<![a-z])credit");

    /** Names of bylines and credited sources. */
    static final Pattern BYLINE_NAMES = Pattern.compile(
            "(?<![a-z])(byline|author|auteur|signature|writer|by-?line|article-?source|(?<![a-z])source(?![a-z]))");
    /** Names of category labels. */
    static final Pattern SECTION_NAMES = Pattern.compile(
            "(?<![a-z])(category|categorie|cat-?label|kicker|article-?section|section-?name|surtitre)(?![a-z])");
    /** A weaker section hint, tried when no element is named like a category. */
    static final Pattern RUBRIQUE_NAMES = Pattern.compile("(?<![a-z])rubrique(?![a-z])");

    /** ARIA roles of page chrome. */
    static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "menu", "menubar", "dialog", "alertdialog", "search");

    /** Most distinct name strings remembered before the cache starts over (bounds memory). */
    static final int CACHE_LIMIT = 20_000;

    private static final int NEG = 1;
    private static final int POS = 2;
    private static final int UNL = 4;
    private static final int MAY = 8;
    private static final int EMB = 16;
    private static final int CAP = 32;
    private static final int BYL = 64;
    private static final int SEC = 128;
    private static final int RUB = 256;
    /** What each class+id string says, so that each distinct string meets the patterns once. */
    private static final Map<String, Integer> FLAGS = new ConcurrentHashMap<>();

    private Hints() {}

    /** The element's class and id, lower-cased and joined by a space ("" when it has neither). */
    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    private static int flags(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) return 0;
        String n = names(e);
        if (n.isBlank()) return 0;
        Integer f = FLAGS.get(n);
        if (f == null) {
            f = (NEGATIVE.matcher(n).find() ? NEG : 0) | (POSITIVE.matcher(n).find() ? POS : 0)
                    | (UNLIKELY.matcher(n).find() ? UNL : 0) | (MAYBE.matcher(n).find() ? MAY : 0)
                    | (EMBED.matcher(n).find() ? EMB : 0) | (CAPTION.matcher(n).find() ? CAP : 0)
                    | (BYLINE_NAMES.matcher(n).find() ? BYL : 0) | (SECTION_NAMES.matcher(n).find() ? SEC : 0)
                    | (RUBRIQUE_NAMES.matcher(n).find() ? RUB : 0);
            if (FLAGS.size() > CACHE_LIMIT) FLAGS.clear();
            FLAGS.put(n, f);
        }
        return f;
    }

    /** Points from the element's names: +weight when positive, -weight when negative (both cancel). */
    static int weight(Element e, int weight) {
        int f = flags(e);
        return ((f & POS) != 0 ? weight : 0) - ((f & NEG) != 0 ? weight : 0);
    }

    /** True when the strict pass should ignore the element and what it holds. */
    static boolean unlikely(Element e) {
        String role = e.attr("role");
        if (!role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT))) return true;
        int f = flags(e);
        return (f & UNL) != 0 && (f & (MAY | EMB)) == 0;
    }

    /** True when the element's names mark it as clutter and nothing in them suggests content. */
    static boolean clutter(Element e) {
        int f = flags(e);
        return (f & NEG) != 0 && (f & (POS | EMB)) == 0;
    }

    /**
     * True when the element's names mark clutter, whatever else they say ("post-share",
     * "article-tags"): for boxes inside the chosen content, where the positive half of such a
     * name only repeats where the box sits.
     */
    static boolean clutterInside(Element e) {
        int f = flags(e);
        return (f & NEG) != 0 && (f & EMB) == 0;
    }

    /** True when the element's names mark an embedded post or medium. */
    static boolean embed(Element e) {
        return (flags(e) & EMB) != 0;
    }

    /** True when the element's names mark a caption or a photo credit. */
    static boolean caption(Element e) {
        return (flags(e) & CAP) != 0;
    }

    /** True when the element's names mark a byline or a credited source. */
    static boolean byline(Element e) {
        return (flags(e) & BYL) != 0;
    }

    /** True when the element's names mark a category label. */
    static boolean sectionLabel(Element e) {
        return (flags(e) & SEC) != 0;
    }

    /** True when the element's names mark a "rubrique" banner. */
    static boolean rubrique(Element e) {
        return (flags(e) & RUB) != 0;
    }
}
