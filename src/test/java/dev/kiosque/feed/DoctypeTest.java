package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DoctypeTest {

    private static final String DECLARATION = "<!DOCTYPE rss [ <!ENTITY who \"Jo\"> ]>";

    @Test
    void declared_entities_are_expanded_in_the_body() {
        assertEquals(DECLARATION + "<rss>Jo &amp; &unknown;</rss>", Doctype.expandEntities(DECLARATION + "<rss>&who; &amp; &unknown;</rss>"));
    }

    @Test
    void a_declaration_is_read_only_when_it_ends_within_the_head() {
        String body = "<rss>&who;</rss>";
        String inside = " ".repeat(4096 - DECLARATION.length()) + DECLARATION + body;   // ends at the 4096th character
        String outside = " " + inside;
        assertEquals(inside.replace("&who;", "Jo"), Doctype.expandEntities(inside));
        assertEquals(outside, Doctype.expandEntities(outside));
    }
}
