package dev.kiosque.article;

import java.util.Locale;
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
            "comment|disqus|lire-?aussi|a-lire|alire|read-?more|readmore|voir-aussi|partag|share|sharing|social"
            + "|(?<![a-z])pub(?![a-z])|publicit|advert|(?<![a-z])ads?(?![a-z])|adsbygoogle|adslot|dfp|sponsor"
            + "|promo|related|similaire|sidebar|newsletter|footer|(?<![a-z])nav|menu|breadcrumb|fil-ariane"
            + "|(?<![a-z])tags?(?![a-z])|mots-?cles|cookie|consent|popup|modal|banner|widget|outbrain|taboola"
            + "|recommend|subscri|abonn|signup|login|masthead|byline|author|auteur|dateline|(?<![a-z])meta(?![a-z])"
            + "|toolbar|rating|combx|community|pagination|pager|most-?read|plus-?lus|trending|popular|skyscraper"
            + "|footnote|shoutbox|(?<![a-z])rss(?![a-z])|print|overlay|more-?stories|read-?next|gallery|slideshow"
            + "|carousel|rollover|tooltip|popover|hovercard|timestamp|(?<![a-z])date(?![a-z])|dateline|posted-on|entry-date");

    /** Names of article bodies. */
    static final Pattern POSITIVE = Pattern.compile(
            "article|content|contenu|body|corps|texte|(?<![a-z])text|story|(?<![a-z])post|entry|main|blog"
            + "|hentry|chapo|chapeau|lede|(?<![a-z])page(?![a-z])");

    /** Names so unlikely to hold the article that the strict pass ignores them before scoring. */
    static final Pattern UNLIKELY = Pattern.compile(
            "comment|disqus|lire-?aussi|a-lire|partag|share|social|publicit|advert|(?<![a-z])ads?(?![a-z])|sponsor"
            + "|related|similaire|sidebar|newsletter|footer|(?<![a-z])nav|menu|breadcrumb|fil-ariane|cookie|consent"
            + "|popup|modal|banner|outbrain|taboola|recommend|subscri|masthead|pagination|pager|most-?read"
            + "|plus-?lus|trending|remark|shoutbox|combx|community|(?<![a-z])tags?(?![a-z])|(?<![a-z])header"
            + "|agegate|skyscraper|overlay|(?<![a-z])rss(?![a-z])|(?<![a-z])pub(?![a-z])");

    /** Names that rescue an unlikely-looking element: it may wrap the article. */
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|contenu|texte|story");

    /** Names of embedded posts and media that articles quote: never clutter by their name alone. */
    static final Pattern EMBED = Pattern.compile("embed|tweet|instagram");

    /** Names of captions and photo credits. */
    static final Pattern CAPTION = Pattern.compile("caption|legende|(?<![a-z])credit");

    /** ARIA roles of page chrome. */
    static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "menu", "menubar", "dialog", "alertdialog", "search");

    private Hints() {}

    /** The element's class and id, lower-cased and joined by a space ("" when it has neither). */
    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Points from the element's names: +weight when positive, -weight when negative (both cancel). */
    static int weight(Element e, int weight) {
        String n = names(e);
        if (n.isEmpty()) return 0;
        int w = 0;
        if (NEGATIVE.matcher(n).find()) w -= weight;
        if (POSITIVE.matcher(n).find()) w += weight;
        return w;
    }

    /** True when the strict pass should ignore the element and what it holds. */
    static boolean unlikely(Element e) {
        String role = e.attr("role");
        if (!role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT))) return true;
        String n = names(e);
        return !n.isEmpty() && UNLIKELY.matcher(n).find() && !MAYBE.matcher(n).find() && !EMBED.matcher(n).find();
    }

    /** True when the element's names mark it as clutter and nothing in them suggests content. */
    static boolean clutter(Element e) {
        String n = names(e);
        return !n.isEmpty() && NEGATIVE.matcher(n).find() && !POSITIVE.matcher(n).find()
                && !EMBED.matcher(n).find();
    }
}
