package dev.kiosque.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Block.Kind;
import dev.kiosque.model.Block.LinkSpan;
import dev.kiosque.render.Line.Style;
import dev.kiosque.text.DisplayWidth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RendererTest {

    private static final Instant FRIDAY = Instant.parse("2025-02-07T23:30:00Z");

    static Article article(List<Block> blocks, List<String> links) {
        return new Article("https://example.org/a", "Titre", "Seneweb", FRIDAY, "Site", "Politique", "fr",
                blocks, links);
    }

    static Article article(Block... blocks) {
        return article(List.of(blocks), List.of());
    }

    /** The lines after the header, which ends at the first blank line. */
    static List<Line> body(List<Line> lines) {
        return lines.subList(lines.indexOf(Line.BLANK) + 1, lines.size());
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void header_has_title_meta_line_and_a_blank_line_in_english() {
        List<Line> lines = Renderer.layout(article(Block.of(Kind.PARAGRAPH, "Un deux trois.")), 80, Locale.ENGLISH);
        assertEquals(new Line("Titre", Style.TITLE), lines.get(0));
        assertEquals(new Line("Fri 7 Feb 2025 · Seneweb · Politique · 1 min read", Style.META), lines.get(1));
        assertEquals(Line.BLANK, lines.get(2));
        assertEquals(new Line("Un deux trois.", Style.BODY), lines.get(3));
    }

    @Test
    void header_dates_and_labels_follow_a_french_locale() {
        List<Line> lines = Renderer.layout(article(Block.of(Kind.PARAGRAPH, "mot ".repeat(450))), 80, Locale.FRENCH);
        assertEquals("ven. 7 févr. 2025 · Seneweb · Politique · 2 min de lecture", lines.get(1).text());
    }

    @Test
    void header_skips_missing_parts_and_falls_back_to_the_site() {
        Article a = new Article("u", "T", null, null, "Le Site", null, null, List.of(), List.of());
        assertEquals(List.of("T", "Le Site"), texts(Renderer.layout(a, 80, Locale.ENGLISH)));
        Article bare = new Article("u", null, null, null, null, null, null, List.of(), List.of());
        assertEquals(List.of(), Renderer.layout(bare, 80, Locale.ENGLISH));
        assertEquals("", Renderer.text(bare, 80, null));
    }

    @Test
    void reading_time_rounds_at_two_hundred_words_a_minute_with_a_minimum_of_one() {
        assertEquals(1, ReadingTime.minutes(article(Block.of(Kind.PARAGRAPH, "un"))));
        assertEquals(1, ReadingTime.minutes(article(Block.of(Kind.PARAGRAPH, "mot ".repeat(299)))));
        assertEquals(2, ReadingTime.minutes(article(Block.of(Kind.PARAGRAPH, "mot ".repeat(300)))));
        assertEquals(5, ReadingTime.minutes(article(Block.of(Kind.PARAGRAPH, "l’État\u00A0a ".repeat(500)))));
        assertEquals(0, ReadingTime.minutes(article(Block.of(Kind.IMAGE, "photo"))));
        assertEquals("2 min read", Labels.of(Locale.ENGLISH).readingTime(2));
        assertEquals(null, Labels.of(Locale.ENGLISH).readingTime(0));
    }

    @Test
    void chinese_and_japanese_are_timed_by_characters() {
        assertEquals(3, ReadingTime.minutes(article(Block.of(Kind.PARAGRAPH, "東京都は日本の首都である。".repeat(120)))));
    }

    @Test
    void date_is_the_utc_date() {
        assertEquals("Sat 8 Feb 2025", Labels.of(Locale.UK).date(Instant.parse("2025-02-08T00:10:00Z")));
        assertEquals("Fri 7 Feb 2025", Labels.of(null).date(FRIDAY));
    }

    @Test
    void blocks_are_separated_by_one_blank_line_but_list_items_stay_together() {
        Article a = article(Block.of(Kind.PARAGRAPH, "Premier."), new Block(Kind.HEADING, "Titre 2", 2, null, null),
                Block.of(Kind.LIST_ITEM, "un"), Block.of(Kind.LIST_ITEM, "deux"), Block.of(Kind.PARAGRAPH, "Fin."));
        List<String> body = texts(body(Renderer.layout(a, 40, Locale.FRENCH)));
        assertEquals(List.of("Premier.", "", "Titre 2", "", "• un", "• deux", "", "Fin."), body);
    }

    @Test
    void list_items_nest_with_hanging_indents_and_keep_their_own_numbers() {
        Article a = article(Block.of(Kind.LIST_ITEM, "premier point assez long pour passer à la ligne"),
                new Block(Kind.LIST_ITEM, "sous-point", 1, null, null),
                new Block(Kind.LIST_ITEM, "profond", 9, null, null),
                Block.of(Kind.LIST_ITEM, "12. douzième point qui se poursuit"));
        List<Line> body = body(Renderer.layout(a, 24, Locale.FRENCH));
        assertEquals(List.of("• premier point assez", "  long pour passer à la", "  ligne", "  ◦ sous-point",
                "          ▪ profond", "12. douzième point qui", "    se poursuit"), texts(body));
        assertTrue(body.stream().allMatch(l -> l.style() == Style.LIST));
    }

    @Test
    void quotes_have_a_bar_on_every_line() {
        Block quote = Block.of(Kind.QUOTE, "Nous avons une frontière commune, donc une sécurité commune.");
        List<Line> body = body(Renderer.layout(article(quote), 30, Locale.FRENCH));
        assertEquals(List.of("│ Nous avons une frontière", "│ commune, donc une sécurité", "│ commune."), texts(body));
        assertTrue(body.stream().allMatch(l -> l.style() == Style.QUOTE));
    }

    @Test
    void preformatted_text_is_cut_not_wrapped_and_tabs_expand() {
        Block pre = Block.of(Kind.PREFORMATTED, "\nint x = 1;\n\tlong_variable_name = compute(a, b, c, d);\n");
        List<Line> body = body(Renderer.layout(article(pre), 20, Locale.ENGLISH));
        assertEquals(List.of("int x = 1;", "        long_variab…"), texts(body));
        assertEquals(Style.PREFORMATTED, body.get(0).style());
    }

    @Test
    void images_show_their_alt_text() {
        Article a = article(Block.of(Kind.IMAGE, "Les ministres"), Block.of(Kind.CAPTION, "Photo : AFP"), Block.of(Kind.IMAGE, ""));
        List<Line> body = body(Renderer.layout(a, 40, Locale.FRENCH));
        assertEquals(List.of("[image: Les ministres]", "  Photo : AFP", "", "[image]"), texts(body));
        assertEquals(Style.IMAGE, body.get(0).style());
        assertEquals(Style.CAPTION, body.get(1).style());
    }

    @Test
    void control_characters_in_stored_text_never_reach_the_output() {
        Article a = new Article("u", "Titre\u001b[2J\u009b31m", "A\u202Eb", null, null, null, null,
                List.of(Block.of(Kind.PARAGRAPH, "texte\u0007 \u001b]52;c;ZXZpbA==\u0007propre")), List.of());
        String text = Renderer.text(a, 40, Locale.FRENCH);
        assertEquals("Titre\nAb · 1 min de lecture\n\ntexte propre\n", text);
    }

    @Test
    void a_first_heading_that_repeats_the_title_is_not_shown_twice() {
        Article a = article(new Block(Kind.HEADING, "TITRE", 1, null, null), Block.of(Kind.PARAGRAPH, "Texte."),
                new Block(Kind.HEADING, "Titre", 2, null, null));
        assertEquals(List.of("Texte.", "", "Titre"), texts(body(Renderer.layout(a, 40, Locale.FRENCH))));
        assertFalse(Renderer.markdown(a).contains("## TITRE"));
    }

    @Test
    void widths_below_twenty_are_laid_out_at_twenty() {
        Article a = article(Block.of(Kind.PARAGRAPH, "un deux trois quatre cinq six sept huit neuf dix"));
        assertEquals(Renderer.layout(a, 20, Locale.FRENCH), Renderer.layout(a, 3, Locale.FRENCH));
        assertEquals(Renderer.layout(a, 20, Locale.FRENCH), Renderer.layout(a, -5, Locale.FRENCH));
    }

    @Test
    void no_line_is_wider_than_the_width_for_any_width_from_twenty() {
        List<Article> articles = new ArrayList<>();
        for (String name : List.of("french", "arabic", "cjk", "emoji")) articles.add(RenderFixtures.load(name).article());
        articles.add(randomArticle(new Random(42)));
        articles.add(randomArticle(new Random(7)));
        for (Article a : articles) {
            for (int width = 1; width <= 130; width += width < 60 ? 1 : 7) {
                for (Line line : Renderer.layout(a, width, Locale.FRENCH)) {
                    int limit = Math.max(20, width);
                    assertTrue(DisplayWidth.of(line.text()) <= limit, width + ": " + line.text());
                    assertFalse(line.text().contains("\n") || line.text().contains("\t"), line.text());
                }
            }
        }
    }

    /** An article of random words from every script we care about, in every block kind. */
    private static Article randomArticle(Random random) {
        String[] words = {"é", "coopération", "porte-parole", "km/h", "日本語の文章です。", "東京", "مرحبا", "بالعالم",
                "👨\u200D👩\u200D👧", "🇫🇷", "👍🏽", "e\u0301te\u0301", "x".repeat(45), "ー。", "«", "»", "https://example.org/a/b",
                "\t", "한국어", "1️⃣", "supercalifragilisticexpialidocious"};
        List<Block> blocks = new ArrayList<>();
        List<String> links = List.of("https://example.org/" + "long/".repeat(40), "https://e.org/x");
        Kind[] kinds = Kind.values();
        for (int b = 0; b < 40; b++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "\n" : " ");
            Kind kind = kinds[random.nextInt(kinds.length)];
            String t = text.toString();
            List<LinkSpan> spans = t.length() > 3 ? List.of(new LinkSpan(0, 3, random.nextInt(2))) : List.of();
            List<List<String>> rows = kind == Kind.TABLE
                    ? List.of(List.of("a", words[random.nextInt(words.length)]), List.of(t.substring(0, Math.min(60, t.length())), "2"))
                    : List.of();
            blocks.add(new Block(kind, t, random.nextInt(8), spans, rows));
        }
        return new Article("u", "Titre " + "très long ".repeat(10), "Byline " + "x".repeat(50), FRIDAY, null, "S", "fr",
                blocks, links);
    }
}
