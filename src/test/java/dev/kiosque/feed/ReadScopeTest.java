package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.ParsedFeed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The per-document shortcuts of {@link ReadScope} and {@link Xml} give what the long way gives. */
class ReadScopeTest {

    private static final List<String> PIECES = List.of("<a>", "</a>", "<b x='&#55296;'>", "</b>", "<br/>", "<BR>", "</BR>",
            "<x:br/>", "&#55296;", "&#xD800;", "&#xdc00;", "&#xDBFF;&#xDFFF;", "&#0055296;", "&#x0000d800", "&#57343",
            "&#99999999999999999999;", "&#x110000;", "&#x1F600;", "&#128512;", "&#", "&#x", "&#;", "&#55296\u0660;",
            "&amp;#55296;", "<![CDATA[&#55296;]]>", "<![CDATA[x]]>", "<!-- &#xD800; -->", "\uD83D\uDE00", "é", "x", " ", "\n",
            "&amp;", "&lt;p&gt;", "<?pi &#xD800;?>");

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of(PIECES).list().ofMaxSize(14).map(l -> "<r>" + String.join("", l) + "</r>");
    }

    @Property(tries = 500)
    void a_document_said_to_hold_no_lone_surrogate_has_none(@ForAll("fragments") String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        boolean lone = false;
        for (Element e : doc.getAllElements()) {
            lone |= hasLoneSurrogate(e.wholeText()) || hasLoneSurrogate(e.html());
        }
        if (lone) assertTrue(ReadScope.mayHoldLoneSurrogate(xml), xml);
    }

    @Property(tries = 500)
    void whole_text_is_jsoups(@ForAll("fragments") String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        for (Element e : doc.getAllElements()) assertEquals(e.wholeText(), Xml.wholeText(e), xml);
    }

    @Test
    void references_to_surrogates_are_found_in_every_spelling() {
        for (String s : List.of("&#55296;", "&#xD800;", "&#xdfff;", "&#0055296;", "&#x0000DC00", "a &#57343 b")) {
            assertTrue(ReadScope.mayHoldLoneSurrogate(s), s);
        }
        for (String s : List.of("", "plain", "&#55295;", "&#57344;", "&#xD7FF;", "&#x1F600;", "&#99999999999999999999;",
                "&#x;", "&#", "&#55296\u0660;".substring(0, 2) + "5\u06605296;", "&amp;#x")) {
            assertFalse(ReadScope.mayHoldLoneSurrogate(s), s);
        }
    }

    @Test
    void only_child_element_is_found() {
        Element r = Jsoup.parse("<r> t <div>a</div> <!-- c --></r><s><p/><p/></s><u>text</u>", "", Parser.xmlParser()).child(0);
        assertEquals("div", Xml.soleElementChild(r).tagName());
        assertEquals(null, Xml.soleElementChild(r.nextElementSibling()));
        assertEquals(null, Xml.soleElementChild(r.nextElementSibling().nextElementSibling()));
    }

    @Test
    void a_lone_surrogate_reference_still_reads_as_a_replacement_character() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><item><title>A &#xD800; B &#xD83D;&#xDE00;</title>"
                + "<category>C&#55296;</category><category>C&#55296;</category><link>https://example.org/1</link>"
                + "</item></channel></rss>";
        ParsedFeed feed = FeedReader.read(rss.getBytes(StandardCharsets.UTF_8), "https://example.org/feed", null);
        assertEquals("A \uFFFD B \uD83D\uDE00", feed.items().get(0).title());
        assertEquals(List.of("C\uFFFD"), feed.items().get(0).categories());
    }

    @Test
    void keys_are_the_same_inside_and_outside_a_scope() {
        Document doc = Jsoup.parse("<rss xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:a='http://www.w3.org/2005/Atom'>"
                + "<Item><dc:Creator/><a:link/><pubDate/><x:y/></Item></rss>", "", Parser.xmlParser());
        ReadScope.open("");
        try {
            for (Element e : doc.getAllElements()) {
                for (boolean atom : new boolean[] {false, true}) {
                    assertEquals(Xml.computeKey(e.tag(), atom), Xml.key(e, atom));
                    assertEquals(Xml.computeKey(e.tag(), atom), Xml.key(e, atom));   // the cached one
                }
            }
        } finally {
            ReadScope.close();
        }
        assertEquals("dc:creator", Xml.key(doc.selectFirst("dc|Creator"), false));
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) return true;
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) return true;
        }
        return false;
    }
}
