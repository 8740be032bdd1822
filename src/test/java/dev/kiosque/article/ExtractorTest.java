package dev.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static final String SENTENCE = "Le conseil municipal a adopté mardi le budget de l’année, après un long débat"
            + " sur les priorités de la commune, les écoles et les routes. ";

    @Test
    void a_page_nested_ten_thousand_levels_deep_does_not_overflow_the_stack() {
        int depth = 10_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + SENTENCE.repeat(3) + "</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Article a = Extractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://example.org/deep", null);
        assertEquals(1, a.blocks().size());
        assertTrue(a.blocks().get(0).text().startsWith("Le conseil municipal"));
    }

    @Test
    void a_feed_fragment_gives_its_paragraphs() {
        Article a = Extractor.extract("<p>Premier paragraphe court.</p><p>Second <b>paragraphe</b>&nbsp;!</p>", null);
        assertEquals(List.of("Premier paragraphe court.", "Second paragraphe !"),
                a.blocks().stream().map(Block::text).toList());
    }

    @Test
    void empty_and_null_input_give_an_empty_article() {
        assertTrue(Extractor.extract("", null).blocks().isEmpty());
        assertTrue(Extractor.extract((String) null, null).blocks().isEmpty());
        assertTrue(Extractor.extract(new byte[0], null, null).blocks().isEmpty());
    }

    @Test
    void links_become_spans_over_the_text_with_absolute_urls() {
        Article a = Extractor.extract("<p>Voir <a href=\"/rapport.pdf\">le rapport</a> et "
                + "<a href=\"https://example.com/x\">ceci</a>, puis <a href=\"/rapport.pdf\">encore</a>.</p>"
                + "<p>" + SENTENCE + "</p>", "https://example.org/news/a.html");
        Block b = a.blocks().get(0);
        assertEquals(List.of("https://example.org/rapport.pdf", "https://example.com/x"), a.links());
        assertEquals(3, b.links().size());
        Block.LinkSpan first = b.links().get(0);
        assertEquals("le rapport", b.text().substring(first.start(), first.end()));
        assertEquals(0, first.link());
        assertEquals(0, b.links().get(2).link());
    }

    @Test
    void links_without_text_are_not_listed() {
        Article a = Extractor.extract("<p><a href=\"/photo\"><img src=\"x.jpg\"></a>Un texte avec "
                + "<a href=\"/lien\">un lien</a>.</p>", "https://example.org/");
        assertEquals(List.of("https://example.org/lien"), a.links());
        assertEquals(0, a.blocks().get(0).links().get(0).link());
    }

    @Test
    void control_characters_and_no_break_spaces_are_cleaned() {
        Article a = Extractor.extract("<p>Texte\u001b[31m rouge\u00a0\u00a0et\u202e caché\u0007.</p>", null);
        assertEquals("Texte rouge et caché.", a.blocks().get(0).text());
    }

    @Test
    void an_unclassed_lire_aussi_paragraph_and_an_ad_label_are_dropped() {
        Article a = Extractor.extract("<div><p>" + SENTENCE + "</p><p><strong>Lire aussi :</strong> "
                + "<a href=\"/x\">Un autre sujet</a></p><div><span>Publicité</span></div><p>Ensuite, " + SENTENCE
                + "</p></div>", null);
        assertEquals(2, a.blocks().size());
        assertFalse(a.text().contains("Lire aussi"));
        assertFalse(a.text().contains("Publicité"));
    }

    @Test
    void layout_tables_are_read_as_text_and_data_tables_as_rows() {
        Article a = Extractor.extract("<div><table><tr><td><p>" + SENTENCE + "</p></td></tr></table>"
                + "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table><p>Enfin, " + SENTENCE
                + "</p></div>", null);
        assertEquals(Block.Kind.PARAGRAPH, a.blocks().get(0).kind());
        Block table = a.blocks().get(1);
        assertEquals(Block.Kind.TABLE, table.kind());
        assertEquals(List.of(List.of("A", "B"), List.of("1", "2")), table.rows());
    }
}
