package dev.kiosque.feed;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import org.jsoup.nodes.Element;

/** Absolute links: resolution against a base, and the {@code xml:base} in effect on an element. */
final class Links {

    private Links() {}

    /**
     * {@code ref} resolved against {@code base}; {@code ref} itself when it is already absolute,
     * when there is no usable base, or when either cannot be parsed. Null stays null.
     */
    static String resolve(String base, String ref) {
        if (ref == null) return null;
        String r = ref.strip();
        if (r.isEmpty()) return null;
        if (isAbsolute(r) || base == null || base.isBlank()) return r;
        try {
            if (r.startsWith("?")) {   // java.net.URL drops the base path's last segment for a bare query
                String b = base.strip();
                int cut = firstIndex(b, '?', '#');
                return (cut >= 0 ? b.substring(0, cut) : b) + r;
            }
            return new URL(new URL(base.strip()), r).toExternalForm();
        } catch (MalformedURLException | RuntimeException e) {   // an unusable base keeps the link as written
            return r;
        }
    }

    /** The base URL in effect on {@code el}: its {@code xml:base} and its ancestors', over {@code docUrl}. */
    static String base(Element el, String docUrl) {
        String[] chain = new String[8];
        int n = 0;
        for (Element e = el; e != null && n < chain.length; e = e.parent()) {
            if (e.hasAttr("xml:base")) chain[n++] = e.attr("xml:base");
        }
        if (n == 0) return docUrl;
        String base = docUrl;
        for (int i = n - 1; i >= 0; i--) base = resolve(base, chain[i]);
        return base;
    }

    /** True for a reference with a scheme ({@code http:}, {@code mailto:}, {@code tag:}...). */
    static boolean isAbsolute(String ref) {
        int colon = ref.indexOf(':');
        if (colon <= 0) return false;
        for (int i = 0; i < colon; i++) {
            char c = ref.charAt(i);
            boolean ok = Character.isLetter(c) || i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.');
            if (!ok || c > 127) return false;
        }
        return true;
    }

    /** True when {@code ref} looks like a web address (for guids used as links). */
    static boolean isWebUrl(String ref) {
        return ref != null && (ref.startsWith("http://") || ref.startsWith("https://"));
    }

    /** A path or {@code file:} source as a URL kiosque can resolve against; other strings unchanged. */
    static String asBase(String url) {
        if (url == null || url.isBlank() || isAbsolute(url)) return url;
        try {
            return Path.of(url).toAbsolutePath().toUri().toString();
        } catch (RuntimeException e) {   // not a path either: resolve nothing against it
            return null;
        }
    }

    private static int firstIndex(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }

}
