package dev.kiosque.faults;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.article.Extractor;
import dev.kiosque.feed.Dates;
import dev.kiosque.feed.FeedException;
import dev.kiosque.feed.FeedReader;
import dev.kiosque.model.Article;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.text.DisplayWidth;
import dev.kiosque.text.Graphemes;
import dev.kiosque.text.PlainText;
import dev.kiosque.text.Wrapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The checks and generators behind the property tests; {@link PropertiesTest} runs them a few
 * hundred times in every build and {@link ManyTriesPropertiesTest} many more times under {@code -Pfaults}.
 */
final class Properties {

    /** C0 but \n and \t, DEL, C1, ESC, and the bidi controls. */
    static final Pattern CONTROL = Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private static final List<String> XML_PIECES = List.of("<?xml version=\"1.0\"?>", "<rss version=\"2.0\">", "<channel>",
            "</channel>", "</rss>", "<item>", "</item>", "<title>", "</title>", "<link>", "</link>", "<guid>", "</guid>",
            "<description>", "</description>", "<pubDate>", "</pubDate>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "<entry>", "</entry>", "<content type=\"html\">", "</content>", "<link href=\"", "\"/>", "&amp;", "&lt;p&gt;",
            "&#27;[31m", "&#x9b;", "&#x202e;", "&bogus;", "<![CDATA[", "]]>", "<!DOCTYPE rss [<!ENTITY e \"ee\">]>", "&e;",
            "\u001b]8;;http://x/\u001b\\", "\u0000", "<", ">", "\"", "'", " ", "\n", "Élection", "日本語", "مرحبا", "x",
            "https://example.org/a", "Fri, 07 Feb 2025 09:12:00 GMT", "2025-02-07T09:12:00Z", "{\"version\":",
            "\"items\":[{\"title\":", "}]}", "<html>", "<div>", "</div>", "<p>", "<a href=\"javascript:x\">");

    private static final List<String> HTML_PIECES = List.of("<html>", "<head>", "<title>", "</title>", "</head>", "<body>",
            "<article>", "</article>", "<div class=\"content\">", "<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>",
            "<ul><li>", "</li></ul>", "<table><tr><td>", "</td></tr></table>", "<pre>", "</pre>", "<blockquote>",
            "<a href=\"https://example.org/x\">", "<a href=\"javascript:alert(1)\">", "</a>", "<script>", "</script>",
            "<meta property=\"og:title\" content=\"", "\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",",
            "\"headline\":\"", "\"}", "<time datetime=\"", "2025-02-07", "<br>", "<img src=\"x.png\" alt=\"", "&nbsp;",
            "&#27;[2J", "&#x202e;", "\u001b[31m", "\u009b", "\u0000", "Un paragraphe de texte assez long pour un article. ",
            "日本語の文章です。", "مرحبا بالعالم", " ", "\n", "<");

    private Properties() {}

    /** Strings of any code points, including controls, surrogate-free. */
    static Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    /** Arbitrary bytes. */
    static Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    /** Feed-shaped documents: XML, Atom and JSON pieces in any order with random text between. */
    static Arbitrary<String> feedish() {
        return pieces(XML_PIECES);
    }

    /** Page-shaped documents. */
    static Arbitrary<String> htmlish() {
        return pieces(HTML_PIECES);
    }

    private static Arbitrary<String> pieces(List<String> pieces) {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(pieces), Arbitraries.of(pieces),
                Arbitraries.strings().all().ofMaxLength(12));
        return piece.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    static void feedReaderNeverThrowsAndGivesPlainText(byte[] body) {
        ParsedFeed feed;
        try {
            feed = FeedReader.read(body, "https://example.org/feed", null);
        } catch (FeedException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a FeedException without a message");
            return;
        }
        for (Item item : feed.items()) {
            assertPlain("title", item.title());
            assertPlain("summary", item.summary());
            assertPlain("author", item.author());
        }
        if (feed.meta() != null) assertPlain("feed title", feed.meta().title());
    }

    static void feedReaderNeverThrows(String body) {
        feedReaderNeverThrowsAndGivesPlainText(body.getBytes(StandardCharsets.UTF_8));
    }

    static void datesNeverThrow(String text) {
        Dates.parse(text);
    }

    static void extractorNeverThrowsAndGivesPlainText(String html) {
        Article a = Extractor.extract(html, "https://example.org/a");
        assertPlain("title", a.title());
        assertPlain("text", a.text());
        a.links().forEach(link -> assertTrue(link.startsWith("http://") || link.startsWith("https://"), link));
    }

    static void extractorNeverThrowsOnBytes(byte[] html) {
        Extractor.extract(html, "https://example.org/a", null);
    }

    static void sanitizedTextHasNoControl(String text) {
        String clean = PlainText.sanitize(text);
        assertFalse(CONTROL.matcher(clean).find(), () -> "control left in " + escape(clean));
        String line = PlainText.line(text);
        assertFalse(CONTROL.matcher(line).find(), () -> "control left in " + escape(line));
        assertFalse(line.contains("\n") || line.contains("\t"), () -> "a line holds a break: " + escape(line));
    }

    static void noWrappedLineIsWiderThanItsWidth(String text, int width) {
        for (String line : Wrapper.wrap(PlainText.sanitize(text), width)) assertFits(line, width, "");
    }

    static void prefixedLinesFitToo(String text, int width, String prefix) {
        Wrapper wrapper = Wrapper.of(width).withPrefixes(prefix, prefix);
        for (String line : wrapper.wrap(PlainText.sanitize(text))) assertFits(line, width, wrapper.restPrefix());
    }

    /**
     * A line fits its width; the one exception the wrapper allows is a line holding a single
     * visible grapheme cluster (after the prefix) that is wider than the whole width, which cannot be cut.
     */
    private static void assertFits(String line, int width, String prefix) {
        if (DisplayWidth.of(line) <= width) return;
        String body = line.startsWith(prefix) ? line.substring(prefix.length()) : line;
        long visible = Graphemes.split(body).stream().filter(g -> DisplayWidth.of(g) > 0).count();
        assertTrue(visible == 1, () -> "wider than " + width + ": " + escape(line));
    }

    private static void assertPlain(String what, String s) {
        if (s == null) return;
        assertFalse(CONTROL.matcher(s).find(), () -> what + " holds a control: " + escape(s));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(c < 0x20 || c >= 0x7f && c < 0xa0 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}
