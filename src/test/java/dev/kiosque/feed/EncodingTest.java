package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiosque.model.ParsedFeed;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One fixture per encoding case: the same French feed must read the same whatever its bytes. */
class EncodingTest {

    private static final String TITLE = "Société à la une – “été”";
    private static final String ITEM = "Élection présidentielle : le président sortant réélu";

    @ParameterizedTest
    @ValueSource(strings = {"windows1252-declared.xml", "windows1252-labelled-utf8.xml", "utf8-bom.xml",
        "utf16le-bom.xml", "utf16be-no-bom.xml", "utf16le-no-bom.xml", "utf32le-no-bom.xml", "utf32be-bom.xml", "utf8-labelled-latin1.xml"})
    void every_encoding_decodes_to_the_same_text(String file) throws FeedException {
        ParsedFeed feed = Fixtures.feed("encoding/" + file);
        assertEquals(TITLE, feed.meta().title());
        assertEquals(ITEM, feed.items().get(0).title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"latin1-declared.xml", "latin1-no-declaration.xml"})
    void latin1_keeps_its_accents(String file) throws FeedException {
        ParsedFeed feed = Fixtures.feed("encoding/" + file);
        assertEquals("Société à la une été", feed.meta().title());
        assertEquals(ITEM, feed.items().get(0).title());
    }

    /** Byte 0x80 in a feed declaring each code page (EBCDIC ones are EBCDIC throughout). */
    @ParameterizedTest
    @CsvSource({"cp1251, \u0402", "koi8-r, \u2500", "cp037, \u00d8", "ebcdic-cp-be, \u00d8", "mac-roman, \u00c4",
        "cp437, \u00c7", "windows-1253, \u20ac", "cp_is, \u00c7", "cp1125, \u0410"})
    void declared_code_pages_are_honoured(String name, String expected) throws FeedException {
        assertEquals(expected, Fixtures.feed("encoding/x80/" + name + ".xml").meta().title());
    }

    @Test
    void undeclared_windows1252_euro_sign_survives() throws FeedException {
        assertEquals("Prix : 5 € le kilo", Fixtures.feed("encoding/undeclared-cp1252-euro.xml").meta().title());
    }

    @Test
    void http_charset_overrides_the_declaration() throws FeedException {
        byte[] body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("café", FeedReader.read(body, null, "iso-8859-1").meta().title());
    }

    @Test
    void a_server_default_charset_does_not_spoil_valid_utf8() throws FeedException {
        byte[] body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>café</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("café", FeedReader.read(body, null, "ISO-8859-1").meta().title());
    }

    @Test
    void newsroom_latin1_rdf_feed_keeps_accents_and_numeric_references() throws FeedException {
        ParsedFeed feed = Fixtures.feed("newsroom/feeds/societe-rdf.xml");
        assertEquals("MonKiosk - Société", feed.meta().title());
        assertEquals("Kayes : face à la pénurie d’eau, les habitants veillent la nuit devant les bornes-fontaines",
                feed.items().get(1).title());
    }
}
