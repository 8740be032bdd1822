package dev.kiosque.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The internal DTD subset of a feed: {@code <!DOCTYPE rss [ <!ENTITY name "value"> ]>}. The XML
 * parser kiosque uses ignores it, so the entities it declares are expanded here, once and without
 * nesting (a declared value that names another entity stays as written), which keeps an
 * "entity bomb" from growing the document.
 */
final class Doctype {

    /** How far into the document a DOCTYPE is looked for. */
    private static final int HEAD_WINDOW = 4096;
    /** Declared values longer than this are ignored. */
    private static final int MAX_VALUE_CHARS = 1024;
    /** At most this many characters are added to a document by expansion. */
    private static final int MAX_GROWTH_CHARS = 1 << 20;
    private static final Pattern SUBSET = Pattern.compile("<!DOCTYPE[^\\[>]*\\[(.*?)\\]\\s*>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile(
            "<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(?:\"([^\"]*)\"|'([^']*)')\\s*>");
    private static final Pattern REFERENCE = Pattern.compile("&([A-Za-z_][\\w.-]*);");

    private Doctype() {}

    /** {@code text} with the general entities its internal subset declares replaced by their values. */
    static String expandEntities(String text) {
        // Fast path: no declaration starts in the head (searched in place, without copying the head out).
        if (text.lastIndexOf("<!ENTITY", HEAD_WINDOW - "<!ENTITY".length()) < 0) return text;
        String head = text.length() > HEAD_WINDOW ? text.substring(0, HEAD_WINDOW) : text;
        Matcher subset = SUBSET.matcher(head);
        if (!subset.find()) return text;
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = ENTITY.matcher(subset.group(1));
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            if (value.length() <= MAX_VALUE_CHARS) values.putIfAbsent(m.group(1), value);
        }
        if (values.isEmpty()) return text;
        int bodyStart = subset.end();
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, bodyStart);
        Matcher ref = REFERENCE.matcher(text).region(bodyStart, text.length());
        int last = bodyStart;
        long growth = 0;
        while (ref.find()) {
            String value = values.get(ref.group(1));
            if (value == null) continue;
            growth += value.length();
            if (growth > MAX_GROWTH_CHARS) break;
            out.append(text, last, ref.start()).append(value);
            last = ref.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
