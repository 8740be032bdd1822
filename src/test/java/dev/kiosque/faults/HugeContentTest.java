package dev.kiosque.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.article.Extractor;
import dev.kiosque.feed.FeedException;
import dev.kiosque.feed.FeedReader;
import dev.kiosque.model.Article;
import dev.kiosque.model.ParsedFeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, content (slow, {@code -Pfaults}): HTML nested 100 000 levels deep and a 10 MB text node,
 * in a feed, through the extractor and through {@code kiosque read}: no StackOverflowError, the
 * text that is there comes out.
 */
@Tag("faults")
class HugeContentTest {

    private static final int DEPTH = 100_000;
    private static final int TEN_MB = 10 * 1024 * 1024;

    @TempDir
    Path home;

    private static String nested(String tag, String inner) {
        return ("<" + tag + ">").repeat(DEPTH) + inner + ("</" + tag + ">").repeat(DEPTH);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><title>Deep</title></head><body><article><h1>Deep</h1>" + body
                + "</article></body></html>";
    }

    private static String deepPage() {
        String words = "Ce paragraphe est assez long pour compter comme le corps d'un article. ".repeat(8);
        return page("<p>" + words + "</p>" + nested("div", "<p>Au fond " + words + "</p>") + nested("span", "fin"));
    }

    @Test
    void a_feed_whose_html_summary_nests_100000_levels_is_read() throws FeedException {
        String html = nested("div", "<p>Deep summary</p>").replace("<", "&lt;").replace(">", "&gt;");
        String xmlDeep = nested("x", "deep");
        String doc = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>Deep</title><link>https://example.org/1</link><description>" + html + "</description>"
                + "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA["
                + nested("div", "deep content") + "]]></content:encoded><extra>" + xmlDeep + "</extra></item>"
                + "<item><title>After</title><link>https://example.org/2</link></item></channel></rss>";
        ParsedFeed feed = FeedReader.read(doc.getBytes(StandardCharsets.UTF_8), "https://example.org/feed", null);
        assertEquals(2, feed.items().size());
        assertTrue(feed.items().get(0).summary().contains("Deep summary"), feed.items().get(0).summary());
    }

    @Test
    void a_page_that_is_not_a_feed_and_nests_100000_levels_is_a_plain_feed_exception() {
        try {
            FeedReader.read(deepPage().getBytes(StandardCharsets.UTF_8), "https://example.org/", null);
        } catch (FeedException expected) {
            // "not a feed" (perhaps with the feeds it links to) is the right answer
        }
    }

    @Test
    void the_extractor_reads_a_page_nested_100000_levels() {
        Article a = Extractor.extract(deepPage(), "https://example.org/deep");
        assertTrue(a.text().contains("Ce paragraphe"), a.text().substring(0, Math.min(200, a.text().length())));
    }

    @Test
    void kiosque_read_renders_a_page_nested_100000_levels() throws Exception {
        Path page = Files.writeString(home.resolve("deep.html"), deepPage());
        Kiosque.Run run = new Kiosque(home).run("read", page.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Ce paragraphe"));
    }

    @Test
    void a_ten_megabyte_text_node_in_a_feed_is_read() throws FeedException {
        String big = "mot ".repeat(TEN_MB / 4);
        String doc = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>" + big + "</title><link>https://example.org/1</link><description>" + big
                + "</description></item><item><title>After</title><link>https://example.org/2</link></item></channel></rss>";
        ParsedFeed feed = FeedReader.read(doc.getBytes(StandardCharsets.UTF_8), "https://example.org/feed", null);
        assertEquals(2, feed.items().size());
        assertEquals("After", feed.items().get(1).title());
    }

    @Test
    void a_ten_megabyte_paragraph_is_extracted_and_rendered() throws Exception {
        Path page = Files.writeString(home.resolve("big.html"), page("<p>" + "mot ".repeat(TEN_MB / 4) + "</p>"));
        Kiosque.Run run = new Kiosque(home).run("read", page.toString(), "--width", "72");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().count() > 1000);
        assertTrue(run.out().lines().allMatch(l -> l.length() <= 72));
    }
}
