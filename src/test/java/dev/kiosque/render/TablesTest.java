package dev.kiosque.render;

import static dev.kiosque.render.RendererTest.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Block;
import dev.kiosque.model.Block.Kind;
import dev.kiosque.render.Line.Style;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static final List<List<String>> ROWS = List.of(
            List.of("Ville", "Habitants", "Pays"),
            List.of("Dakar", "1 200 000", "Sénégal"),
            List.of("東京", "14 000 000", "日本"),
            List.of("Bamako", "2 800 000"));

    private static List<Line> table(String caption, List<List<String>> rows, int width) {
        Block table = new Block(Kind.TABLE, caption, 0, List.of(), rows);
        return body(Renderer.layout(RendererTest.article(table), width, Locale.FRENCH));
    }

    @Test
    void a_table_that_fits_is_drawn_as_aligned_columns_under_its_caption() {
        List<Line> lines = table("Grandes villes", ROWS, 80);
        assertEquals(new Line("Grandes villes", Style.CAPTION), lines.get(0));
        assertEquals(List.of(
                "Ville    Habitants  Pays",
                "──────  ──────────  ───────",
                "Dakar    1 200 000  Sénégal",
                "東京    14 000 000  日本",
                "Bamako   2 800 000"), lines.subList(1, lines.size()).stream().map(Line::text).toList());
        assertTrue(lines.subList(1, lines.size()).stream().allMatch(l -> l.style() == Style.TABLE));
    }

    @Test
    void a_table_too_wide_becomes_one_row_a_line() {
        List<Line> lines = table("", ROWS, 20);
        assertEquals(List.of("Ville | Habitants |", "  Pays", "Dakar | 1 200 000 |", "  Sénégal",
                "東京 | 14 000 000 |", "  日本", "Bamako | 2 800 000"), lines.stream().map(Line::text).toList());
    }

    @Test
    void empty_rows_and_cells_with_controls_are_cleaned() {
        List<Line> lines = table(null, List.of(List.of("a\u001b[31m", "b"), List.of("", ""), List.of("x\n2", "3")), 40);
        assertEquals(List.of("a    b", "───  ─", "x 2  3"), lines.stream().map(Line::text).toList());
    }

    @Test
    void a_table_without_rows_shows_its_caption_only() {
        assertEquals(List.of(new Line("Légende", Style.CAPTION)), table("Légende", List.of(), 40));
    }
}
