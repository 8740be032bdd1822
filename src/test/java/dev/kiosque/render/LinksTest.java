package dev.kiosque.render;

import static dev.kiosque.render.RendererTest.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Block.Kind;
import dev.kiosque.model.Block.LinkSpan;
import dev.kiosque.render.Line.Style;
import dev.kiosque.text.DisplayWidth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static final List<String> LINKS = List.of("https://a.example/un", "https://b.example/deux",
            "https://a.example/un", "https://c.example/jamais", "https://d.example/quatre");

    private static Block paragraph(String text, LinkSpan... spans) {
        return new Block(Kind.PARAGRAPH, text, 0, List.of(spans), List.of());
    }

    private static Article article(Block... blocks) {
        return RendererTest.article(List.of(blocks), LINKS);
    }

    @Test
    void links_are_numbered_in_order_of_first_use() {
        Article a = article(paragraph("voir ici et là", new LinkSpan(9, 14, 4), new LinkSpan(5, 8, 1)),
                paragraph("encore ici", new LinkSpan(7, 10, 0)));
        assertEquals(List.of("https://b.example/deux", "https://d.example/quatre", "https://a.example/un"), Renderer.links(a));
        List<Line> lines = body(Renderer.layout(a, 80, Locale.FRENCH));
        assertEquals("voir ici [1] et là [2]", lines.get(0).text());
        assertEquals("encore ici [3]", lines.get(2).text());
    }

    @Test
    void identical_urls_share_a_number_and_unused_links_are_not_listed() {
        Article a = article(paragraph("un deux trois", new LinkSpan(0, 2, 0), new LinkSpan(3, 7, 1), new LinkSpan(8, 13, 2)));
        assertEquals(List.of("https://a.example/un", "https://b.example/deux"), Renderer.links(a));
        List<Line> lines = body(Renderer.layout(a, 80, Locale.ENGLISH));
        assertEquals(List.of("un [1] deux [2] trois [1]", "", "Links", "[1] https://a.example/un",
                "[2] https://b.example/deux"), lines.stream().map(Line::text).toList());
        assertEquals(Style.LINKS, lines.get(2).style());
        assertEquals(Style.LINKS, lines.get(4).style());
    }

    @Test
    void a_link_list_section_is_written_in_french_for_french_readers() {
        Article a = article(paragraph("un", new LinkSpan(0, 2, 0)));
        assertTrue(body(Renderer.layout(a, 40, Locale.FRENCH)).contains(new Line("Liens", Style.LINKS)));
    }

    @Test
    void broken_spans_are_ignored() {
        Article a = article(paragraph("abc", new LinkSpan(0, 9, 0), new LinkSpan(2, 2, 1), new LinkSpan(0, 1, 99),
                new LinkSpan(-1, 1, 1), new LinkSpan(1, 3, 4), new LinkSpan(2, 3, 1)));
        assertEquals(List.of("https://d.example/quatre"), Renderer.links(a));
        assertEquals("abc [1]", body(Renderer.layout(a, 40, Locale.ENGLISH)).get(0).text());
        assertEquals(List.of(), Renderer.links(article(Block.of(Kind.PARAGRAPH, "rien"))));
    }

    @Test
    void a_reference_never_starts_a_line_alone() {
        Article a = article(paragraph("aaaa bbbb cccc dddd eeee ffff", new LinkSpan(25, 29, 0)));
        List<Line> lines = body(Renderer.layout(a, 29, Locale.ENGLISH));
        assertEquals("aaaa bbbb cccc dddd eeee", lines.get(0).text());
        assertEquals("ffff [1]", lines.get(1).text());
    }

    @Test
    void long_urls_move_to_their_own_line_and_are_hard_wrapped_only_when_longer_than_the_width() {
        String medium = "https://example.org/" + "m".repeat(14);                 // 34 columns
        String huge = "https://example.org/" + "x".repeat(40);                   // 60 columns
        Article a = RendererTest.article(List.of(paragraph("a b c", new LinkSpan(0, 1, 0), new LinkSpan(2, 3, 1),
                new LinkSpan(4, 5, 2))), List.of("https://e.org/", medium, huge));
        List<String> lines = body(Renderer.layout(a, 36, Locale.ENGLISH)).stream().map(Line::text).toList();
        assertEquals(List.of("a [1] b [2] c [3]", "", "Links", "[1] https://e.org/", "[2]", medium,
                "[3] https://example.org/xxxxxxxxxxxx", "x".repeat(28)), lines);
        for (String line : lines) assertTrue(DisplayWidth.of(line) <= 36, line);
    }
}
