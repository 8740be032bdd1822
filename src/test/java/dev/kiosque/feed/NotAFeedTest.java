package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes that are no feed give one plain-line FeedException. */
class NotAFeedTest {

    @Test
    void an_html_page_is_refused() {
        FeedException e = assertThrows(FeedException.class, () -> Fixtures.feed("notfeed/html-page.html"));
        assertEquals("not a feed: looks like an HTML page", e.getMessage());
    }

    @Test
    void an_empty_document_is_refused() {
        FeedException e = assertThrows(FeedException.class, () -> Fixtures.feed("notfeed/empty.xml"));
        assertEquals("empty document", e.getMessage());
    }

    @Test
    void json_that_is_not_a_feed_is_refused() {
        FeedException e = assertThrows(FeedException.class, () -> Fixtures.feed("notfeed/other-json.json"));
        assertEquals("not a feed: JSON without a JSON Feed version or items", e.getMessage());
    }

    @Test
    void another_xml_vocabulary_is_refused() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><g/></svg>".getBytes(StandardCharsets.UTF_8);
        FeedException e = assertThrows(FeedException.class, () -> FeedReader.read(svg, null, null));
        assertEquals("not a feed: the root element is <svg>", e.getMessage());
    }
}
