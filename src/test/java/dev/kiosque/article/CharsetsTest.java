package dev.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void a_byte_order_mark_wins_and_is_removed() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3, (byte) 0xA9};
        assertEquals("hé", Charsets.decode(bytes, "iso-8859-1"));
    }

    @Test
    void the_http_charset_beats_the_meta_declaration() {
        byte[] bytes = "<meta charset=\"utf-8\"><p>été</p>".getBytes(CP1252);
        assertEquals("<meta charset=\"utf-8\"><p>été</p>", Charsets.decode(bytes, "windows-1252"));
    }

    @Test
    void meta_charset_and_http_equiv_are_read() {
        byte[] a = "<meta charset='windows-1252'><p>l’été</p>".getBytes(CP1252);
        assertEquals("<meta charset='windows-1252'><p>l’été</p>", Charsets.decode(a, null));
        byte[] b = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>l’été</p>"
                .getBytes(CP1252);
        assertEquals(true, Charsets.decode(b, null).contains("l’été"), "latin-1 is read as windows-1252");
    }

    @Test
    void undeclared_pages_are_utf8_when_valid_else_windows_1252() {
        assertEquals("<p>é</p>", Charsets.decode("<p>é</p>".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("<p>é</p>", Charsets.decode("<p>é</p>".getBytes(CP1252), null));
    }

    @Test
    void unknown_charset_names_are_ignored() {
        assertEquals("<p>é</p>", Charsets.decode("<p>é</p>".getBytes(StandardCharsets.UTF_8), "x-no-such-charset"));
    }
}
