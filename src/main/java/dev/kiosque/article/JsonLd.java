package dev.kiosque.article;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article object in a page's JSON-LD: the first object whose {@code @type} is one of
 * the article types, wherever it sits (top level, arrays, {@code @graph}, nested values).
 */
final class JsonLd {

    /** schema.org types that describe an article. */
    static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
            "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
            "WebPage", "AskPublicNewsArticle", "SatiricalArticle", "DiscussionForumPosting");

    /** Objects visited at most, so that a huge JSON-LD blob costs bounded time. */
    static final int MAX_NODES = 10_000;

    private JsonLd() {}

    /**
     * The best article object of the page, or null. A true article type beats {@code WebPage}; a
     * {@code WebPage} met before it fills the fields the article lacks.
     */
    static Map<String, Object> article(Document doc) {
        Map<String, Object> page = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Object root = Json.parse(script.data());
            Deque<Object> stack = new ArrayDeque<>();
            if (root != null) stack.push(root);
            int visited = 0;
            while (!stack.isEmpty() && visited++ < MAX_NODES) {
                Object v = stack.pop();
                if (v instanceof List) {
                    List<?> list = (List<?>) v;
                    for (int i = list.size() - 1; i >= 0; i--) if (list.get(i) != null) stack.push(list.get(i));
                } else if (v instanceof Map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) v;
                    String type = articleType(map.get("@type"));
                    if (type != null && !type.equals("WebPage")) return merged(page, map);
                    if (type != null && page == null) page = map;
                    for (Object child : map.values()) if (child instanceof Map || child instanceof List) stack.push(child);
                }
            }
        }
        return page;
    }

    /** The article's fields, with the web page's (e.g. a date Yoast puts on the page) filling gaps. */
    private static Map<String, Object> merged(Map<String, Object> page, Map<String, Object> article) {
        if (page == null) return article;
        Map<String, Object> out = new LinkedHashMap<>(page);
        out.putAll(article);
        return out;
    }

    private static String articleType(Object type) {
        if (type instanceof String) return ARTICLE_TYPES.contains(type) ? (String) type : null;
        if (type instanceof List) {
            for (Object t : (List<?>) type) if (t instanceof String && ARTICLE_TYPES.contains(t)) return (String) t;
        }
        return null;
    }

    /** A string value, or the first string of a list, or the {@code name} of an object; null otherwise. */
    static String text(Object v) {
        if (v instanceof String) return (String) v;
        if (v instanceof List && !((List<?>) v).isEmpty()) return text(((List<?>) v).get(0));
        if (v instanceof Map) {
            Object name = ((Map<?, ?>) v).get("name");
            return name instanceof String ? (String) name : null;
        }
        return null;
    }

    /** The names of an author value: a string, an object with a name, or a list of these, joined by ", ". */
    static String names(Object v) {
        if (v instanceof List) {
            StringBuilder out = new StringBuilder();
            for (Object o : (List<?>) v) {
                String n = text(o);
                if (n == null || n.isBlank()) continue;
                if (out.length() > 0) out.append(", ");
                out.append(n.trim());
            }
            return out.length() == 0 ? null : out.toString();
        }
        String n = text(v);
        return n == null || n.isBlank() ? null : n.trim();
    }
}
