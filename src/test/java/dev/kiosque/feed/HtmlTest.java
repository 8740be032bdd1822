package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.parser.Parser;
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

    @Test
    void one_line_text_drops_tags_without_joining_or_splitting_words() {
        assertEquals("Hello bold world. Next para", Html.line("<p>Hello <b>bo</b><i>ld</i> world.</p><p>Next&nbsp;para</p>"));
    }

    @Test
    void one_line_text_skips_scripts_comments_and_keeps_lone_angle_brackets() {
        assertEquals("1 < 2 & ok", Html.line("1 < 2 <!-- c --><script>var a = '<p>';</script>&amp; <span title='a>b'>ok</span>"));
    }

    @Test
    void one_line_text_of_a_cut_tag_keeps_what_came_before() {
        assertEquals("Intro", Html.line("<p>Intro</p><a href=\"http://exa"));
    }

    /** Html.line skips jsoup's unescaper for text without an ampersand: it must be the identity there. */
    @Property(tries = 300)
    void text_without_an_ampersand_unescapes_to_itself(@ForAll @StringLength(max = 200) String any) {
        String s = any.replace('&', '+') + "\r\n\u0000\uD800 <p> \r";
        assertEquals(s, Parser.unescapeEntities(s, false));
    }
}
