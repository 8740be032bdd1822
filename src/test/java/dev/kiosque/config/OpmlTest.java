package dev.kiosque.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.Section;
import dev.kiosque.model.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlTest {

    private static byte[] bytes(String fixture) throws IOException {
        return Files.readAllBytes(Fixtures.path("opml/" + fixture));
    }

    private static ConfigException error(String fixture) {
        Path source = Path.of(fixture);
        return assertThrows(ConfigException.class, () -> Opml.parse(bytes(fixture), "Imported", source));
    }

    @Test
    void nested_outlines_become_sections_named_by_the_innermost_folder() throws Exception {
        List<Section> sections = Opml.parse(bytes("nested.opml"), "Imported");
        assertEquals(List.of(
                new Section("Imported", List.of(FeedRef.feed("https://loose.example/rss", "Loose feed", "Imported"))),
                new Section("Afrique & Monde", List.of(
                        FeedRef.feed("https://rfi.example/afrique/rss", "RFI Afrique", "Afrique & Monde"),
                        FeedRef.feed("https://bare.example/feed", null, "Afrique & Monde"))),
                new Section("News", List.of(FeedRef.feed("http://quotidien.example/rss", "Le Quotidien", "News"))),
                new Section("Tech", List.of(FeedRef.feed("https://hn.example/rss", "Hacker <News>", "Tech")))),
                sections);
    }

    @Test
    void the_declared_encoding_is_honoured() throws Exception {
        List<Section> sections = Opml.parse(bytes("latin1.opml"), "Imported");
        assertEquals(List.of(new Section("Société",
                List.of(FeedRef.feed("https://soleil.example/rss", "Le Soleil éco", "Société")))), sections);
    }

    @Test
    void entity_bombs_are_refused_at_the_doctype() {
        ConfigException e = error("billion-laughs.opml");
        assertEquals("billion-laughs.opml:2:10: DOCTYPE declarations are not allowed in OPML files", e.getMessage());
    }

    @Test
    void external_entities_are_never_read() {
        ConfigException e = error("xxe.opml");
        assertEquals("DOCTYPE declarations are not allowed in OPML files", e.detail());
        assertEquals(2, e.line());
    }

    @Test
    void a_document_that_is_not_opml_is_named() {
        assertEquals("not an OPML file (the root element is <rss>)", error("not-opml.xml").detail());
    }

    @Test
    void malformed_xml_is_located() {
        ConfigException e = error("malformed.opml");
        assertEquals(5, e.line());
        assertEquals("not well-formed XML: The element type \"outline\" must be terminated by the matching end-tag"
                + " \"</outline>\".", e.detail());
    }

    @Test
    void a_feed_url_kiosque_cannot_fetch_is_located() {
        ConfigException e = error("bad-url.opml");
        assertEquals(4, e.line());
        assertEquals("unsupported feed URL 'mailto:someone@example.org' (kiosque imports http and https feeds)",
                e.detail());
    }

    @Test
    void export_writes_sections_as_folders_and_round_trips() throws Exception {
        Config config = new Config(null, List.of(
                new Section("Politique & Société", List.of(
                        FeedRef.feed("https://example.org/rss?a=1&b=2", "Le \"Monde\"", "Politique & Société"),
                        FeedRef.feed("https://example.org/b", null, "Politique & Société"))),
                new Section("Pages", List.of(new FeedRef("https://example.org/page/", null, "Pages", SourceKind.HTML,
                        new HtmlRule("a", null, null, null))))),
                Settings.DEFAULTS, List.of());
        String xml = Opml.export(config);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head>
                    <title>kiosque feeds</title>
                  </head>
                  <body>
                    <outline text="Politique &amp; Société" title="Politique &amp; Société">
                      <outline type="rss" text="Le &quot;Monde&quot;" title="Le &quot;Monde&quot;" \
                xmlUrl="https://example.org/rss?a=1&amp;b=2"/>
                      <outline type="rss" text="https://example.org/b" title="https://example.org/b" \
                xmlUrl="https://example.org/b"/>
                    </outline>
                    <outline text="Pages" title="Pages">
                      <outline type="link" text="https://example.org/page/" url="https://example.org/page/"/>
                    </outline>
                  </body>
                </opml>
                """, xml);
        List<Section> back = Opml.parse(xml.getBytes(StandardCharsets.UTF_8), "Imported");
        assertEquals(List.of(config.sections().get(0)), back);
    }
}
