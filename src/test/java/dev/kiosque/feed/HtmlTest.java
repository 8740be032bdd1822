package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void paragraphs_become_blank_line_separated() {
        assertEquals("One two.\n\nThree.", Html.toPlainText("<p>One <b>two</b>.</p>\n<p>Three.</p>"));
    }

    @Test
    void line_breaks_lists_and_headings_are_kept_apart() {
        assertEquals("Title\n\nline one\nline two\n\nitem 1\n\nitem 2",
                Html.toPlainText("<h2>Title</h2>line one<br>line two<ul><li>item 1</li><li>item 2</li></ul>"));
    }

    @Test
    void scripts_styles_and_iframes_are_dropped() {
        assertEquals("Visible", Html.toPlainText("<script>alert(1)</script><style>p{}</style><iframe src=x>f</iframe><p>Visible</p>"));
    }

    @Test
    void entities_are_decoded_and_controls_removed() {
        assertEquals("café & thé — ok", Html.toPlainText("caf&eacute; &amp; th&eacute;&nbsp;&mdash; ok\u001b[31m"));
    }

    @Test
    void preformatted_text_keeps_its_lines() {
        assertEquals("a\nb", Html.toPlainText("<pre>a\nb</pre>"));
    }

    @Test
    void null_stays_null() {
        assertNull(Html.toPlainText(null));
    }
}
