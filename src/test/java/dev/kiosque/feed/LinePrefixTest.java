package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.text.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** A summary from the start of a long text is the summary from all of it. */
class LinePrefixTest {

    private static final int MAX = ItemBuilder.SUMMARY_MAX_CHARS;

    /** Pieces that stress each step: tags, skipped elements, references, controls, escapes, blanks, NFC. */
    private static final List<String> RARE = List.of("<p>", "</p>", "<br>", "<b>", "</b>", "<div class=\"a>b\">", "</div>",
            "<script>x < y", "</script>", "<style>", "</style>", "<!-- c ", "-->", "<!x>", "<?pi?>", "< ", "<", ">",
            "&amp;", "&amp", "&lt;p&gt;", "&nbsp;", "&notit;", "&#233;", "&#x301;", "&#27;[31m", "&#x9b;", "&#", "&", "&#xD800;",
            "\u001b[1m", "\u001b]8;;x\u0007", "\u009b", "\r", "\n", "\r\n", "\t", " ", "  ", "\u00a0", "\u2028", "\u3000",
            "e", "\u0301", "\u0327", "A\u030a", "\uD83D\uDE00", "\uD800", "\u200b", "\u00ad", "\u0000",
            "word", "Élection", "日本語", "مرحبا");
    /** Ordinary prose, so that most texts are long enough after reduction for a cut. */
    private static final List<String> COMMON = List.of("un mot ", "The regulator is considering the closure of the plant. ",
            "<p>Élection à Dakar, </p>", " &amp; ", "word\n");

    @Provide
    Arbitrary<String> longTexts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(97, Arbitraries.of(COMMON)), Tuple.of(3, Arbitraries.of(RARE)));
        return piece.list().ofMinSize(20).ofMaxSize(400).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void the_cut_line_of_html_is_the_cut_line_of_its_start(@ForAll("longTexts") String html) {
        assertEquals(ItemBuilder.shorten(Html.line(html), MAX), ItemBuilder.shorten(LinePrefix.of(html, true, MAX), MAX));
    }

    @Property(tries = 400)
    void the_cut_line_of_text_is_the_cut_line_of_its_start(@ForAll("longTexts") String text) {
        assertEquals(ItemBuilder.shorten(PlainText.line(text), MAX), ItemBuilder.shorten(LinePrefix.of(text, false, MAX), MAX));
    }

    @Property(tries = 200)
    void small_minimums_hold_too(@ForAll("longTexts") String html) {
        for (int min : new int[] {1, 10, 80}) {
            String line = Html.line(html);
            String prefix = LinePrefix.of(html, true, min);
            assertTrue(line.startsWith(prefix) && (prefix.length() > min || prefix.equals(line)), html);
        }
    }

    /** ItemBuilder keeps a title that is already a line as it is; that needs PlainText.line to be idempotent. */
    @Property(tries = 400)
    void a_line_is_its_own_line(@ForAll("longTexts") String text) {
        String line = PlainText.line(text);
        assertEquals(line, PlainText.line(line));
        String html = Html.line(text);
        assertEquals(html, PlainText.line(html));
    }

    @Property(tries = 400)
    void any_line_is_its_own_line(@ForAll String text) {
        String line = PlainText.line(text);
        assertEquals(line, PlainText.line(line));
    }

    @Test
    void a_long_content_without_a_description_gives_the_usual_summary() throws Exception {
        String paragraph = "<p>A long paragraph with <b>bold</b> words, caf&eacute; and \u00e9t\u00e9 in it, repeated.</p>\n";
        String content = paragraph.repeat(400) + "<script>never shown</script>";
        String rss = "<rss version=\"2.0\"><channel><item><title>T</title><link>https://example.org/1</link>"
                + "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[" + content
                + "]]></content:encoded></item><item><title>U</title><link>https://example.org/2</link><description><![CDATA["
                + content + "]]></description></item></channel></rss>";
        ParsedFeed feed = FeedReader.read(rss.getBytes(StandardCharsets.UTF_8), "https://example.org/feed", null);
        String expected = ItemBuilder.shorten(Html.line(content), MAX);
        for (Item item : feed.items()) {
            assertEquals(expected, item.summary());
            assertTrue(item.summary().length() <= MAX && item.summary().endsWith("…"), item.summary());
        }
    }
}
