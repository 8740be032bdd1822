package dev.kiosque.feed;

import dev.kiosque.text.PlainText;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.parser.Tag;

/**
 * What is decided or computed once per XML document rather than once per element: whether the
 * document can hold a lone surrogate at all, the key of each tag, and the plain text of the
 * author and category names that repeat from item to item. {@link FeedReader} opens one scope per
 * document on the reading thread ({@link #open}, {@link #close}); outside a scope (JSON Feed, a
 * parser called directly) {@link #current} gives one that assumes the worst and caches nothing, so
 * results never depend on whether a scope is open, only their cost does.
 */
final class ReadScope {

    private static final ThreadLocal<ReadScope> CURRENT = new ThreadLocal<>();
    /** Outside a scope: assume the worst and cache nothing (it is shared by every thread). */
    private static final ReadScope NONE = new ReadScope(true, false);
    /** Values the line cache keeps per document; a feed of thousands of categories stops caching there. */
    private static final int MAX_CACHED_LINES = 1024;
    /** Characters of a name worth caching; longer strings rarely repeat. */
    private static final int MAX_CACHED_LINE_CHARS = 200;

    /** False when no text of the document can hold a lone surrogate, so none needs replacing. */
    final boolean loneSurrogates;
    private final Map<Tag, String> keys;
    private final Map<Tag, String> atomKeys;
    private final Map<String, String> lines;

    private ReadScope(boolean loneSurrogates, boolean caching) {
        this.loneSurrogates = loneSurrogates;
        keys = caching ? new IdentityHashMap<>() : null;
        atomKeys = caching ? new IdentityHashMap<>() : null;
        lines = caching ? new HashMap<>() : null;
    }

    /** Opens the scope of the document whose (entity-expanded) text jsoup parsed; close it in a finally. */
    static void open(String text) {
        CURRENT.set(new ReadScope(mayHoldLoneSurrogate(text), true));
    }

    static void close() {
        CURRENT.remove();
    }

    /** The scope of the document being read on this thread, or one that assumes the worst when there is none. */
    static ReadScope current() {
        ReadScope s = CURRENT.get();
        return s != null ? s : NONE;
    }

    /** {@link Xml#key} of elements with tag {@code tag}, computed once per tag. */
    String key(Tag tag, boolean atomIsCore) {
        if (keys == null) return Xml.computeKey(tag, atomIsCore);
        Map<Tag, String> cache = atomIsCore ? atomKeys : keys;
        String k = cache.get(tag);
        if (k == null) {
            k = Xml.computeKey(tag, atomIsCore);
            cache.put(tag, k);
        }
        return k;
    }

    /** {@link PlainText#line} of a short string that tends to repeat (a name, a category). */
    String line(String s) {
        if (lines == null || s == null || s.length() > MAX_CACHED_LINE_CHARS) return PlainText.line(s);
        String l = lines.get(s);
        if (l == null) {
            l = PlainText.line(s);
            if (lines.size() < MAX_CACHED_LINES) lines.put(s, l);
        }
        return l;
    }

    /**
     * False only when the text cannot give a lone surrogate. jsoup keeps the (valid) surrogate
     * pairs of the decoded text together, so a lone one can only come from a numeric reference to
     * a surrogate code point ({@code &#55296;}, {@code &#xDC00;}); this looks for one.
     */
    static boolean mayHoldLoneSurrogate(String text) {
        for (int i = text.indexOf("&#"); i >= 0; i = text.indexOf("&#", i + 2)) {
            if (isSurrogateReference(text, i + 2)) return true;
        }
        return false;
    }

    /** True when the digits at {@code from} (after {@code &#}) name a value in U+D800..U+DFFF. */
    private static boolean isSurrogateReference(String text, int from) {
        int i = from;
        int radix = 10;
        if (i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X')) {
            radix = 16;
            i++;
        }
        long value = 0;
        for (; i < text.length(); i++) {
            int d = asciiDigit(text.charAt(i), radix);   // jsoup reads ASCII digits only
            if (d < 0) break;
            value = Math.min(value * radix + d, Integer.MAX_VALUE);   // saturates: larger is no surrogate either
        }
        return value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE;
    }

    private static int asciiDigit(char c, int radix) {
        if (c >= '0' && c <= '9') return c - '0';
        if (radix == 16 && c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (radix == 16 && c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}
