package dev.kiosque.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.feed.FeedException;
import dev.kiosque.feed.FeedReader;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, content: ill-formed XML in every shape still gives the items that can be read, never
 * anything but a {@link FeedException}, and entity bombs expand nothing.
 */
class MalformedFeedsTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title>";

    @TempDir
    Path home;

    private static ParsedFeed read(byte[] body) {
        try {
            return FeedReader.read(body, "https://example.org/feed", null);
        } catch (FeedException e) {
            throw new AssertionError("expected the readable items, got: " + e.getMessage(), e);
        }
    }

    private static ParsedFeed read(String body) {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> titles(ParsedFeed feed) {
        return feed.items().stream().map(Item::title).toList();
    }

    @Test
    void unclosed_tags_still_give_the_items() {
        ParsedFeed feed = read(HEAD + "<item><title>One</title><link>https://example.org/1</link></item>"
                + "<item><title>Two<link>https://example.org/2</link><description><p>open para");
        assertEquals("One", titles(feed).get(0));
        assertTrue(feed.items().size() >= 1);
    }

    @Test
    void undefined_html_entities_and_bare_ampersands_are_kept_as_text() {
        ParsedFeed feed = read(HEAD + "<item><title>Caf&eacute; &amp; th&eacute;&nbsp;&bogus; AT&T</title>"
                + "<link>https://example.org/1?a=1&b=2</link></item></channel></rss>");
        String title = feed.items().get(0).title();
        assertTrue(title.startsWith("Caf"), title);
        assertTrue(title.contains("AT&T"), title);
    }

    @Test
    void a_stray_less_than_sign_does_not_swallow_the_item() {
        ParsedFeed feed = read(HEAD + "<item><title>1 < 2 and 3 <4</title><link>https://example.org/1</link></item>"
                + "<item><title>Next</title><link>https://example.org/2</link></item></channel></rss>");
        assertTrue(titles(feed).contains("Next"), titles(feed).toString());
        assertTrue(feed.items().get(0).title().startsWith("1 < 2"), feed.items().get(0).title());
    }

    @Test
    void nul_bytes_are_dropped() {
        ParsedFeed feed = read(HEAD + "<item><title>A\u0000B</title><link>https://example.org/1</link>"
                + "<description>x\u0000y</description></item></channel></rss>");
        assertEquals("AB", feed.items().get(0).title());
        assertFalse(feed.items().get(0).summary().contains("\u0000"));
    }

    @Test
    void invalid_utf8_becomes_replacement_characters() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((HEAD + "<item><title>Bad ").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xE2, (byte) 0x82, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        b.writeBytes(" bytes</title><link>https://example.org/1</link></item></channel></rss>".getBytes(StandardCharsets.UTF_8));
        String title = read(b.toByteArray()).items().get(0).title();
        assertTrue(title.startsWith("Bad ") && title.endsWith(" bytes"), title);
        assertTrue(title.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), title);
    }

    @Test
    void utf16_without_a_bom_is_recognised() {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Seize</title>"
                + "<item><title>Élection à Dakar</title><link>https://example.org/1</link></item></channel></rss>";
        assertEquals("Élection à Dakar", read(doc.getBytes(StandardCharsets.UTF_16LE)).items().get(0).title());
        assertEquals("Élection à Dakar", read(doc.getBytes(StandardCharsets.UTF_16BE)).items().get(0).title());
    }

    @Test
    void a_billion_laughs_expands_nothing() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
        doc.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doc.append("]><rss version=\"2.0\"><channel><title>Laughs &lol9;</title>")
                .append("<item><title>Item &lol9;</title><link>https://example.org/1</link><description>&lol9;</description></item>")
                .append("</channel></rss>");
        ParsedFeed feed = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(doc.toString()));
        assertFalse(feed.items().get(0).title().contains("lollol"), feed.items().get(0).title());
        assertFalse(String.valueOf(feed.items().get(0).summary()).contains("lollol"));
    }

    @Test
    void an_external_entity_is_never_read() throws Exception {
        Path secret = Files.writeString(home.resolve("secret.txt"), "TOP-SECRET");
        String doc = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>X</title><item><title>Leak &xxe;</title>"
                + "<link>https://example.org/1</link></item></channel></rss>";
        ParsedFeed feed = read(doc);
        assertFalse(feed.items().get(0).title().contains("TOP-SECRET"));
    }

    @Test
    void garbage_is_a_feed_exception_and_nothing_else() {
        for (String garbage : List.of("", "<", "<<<>>>", "\u0000\u0000", "<?xml?>", "<rss>", "{\"version\":", "%PDF-1.4")) {
            try {
                FeedReader.read(garbage.getBytes(StandardCharsets.UTF_8), "https://example.org/", null);
            } catch (FeedException expected) {
                // a plain "not a feed" is the right answer
            }
        }
    }
}
