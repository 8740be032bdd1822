package dev.kiosque.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Block.Kind;
import dev.kiosque.model.Block.LinkSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static String md(Block... blocks) {
        Article a = new Article("u", null, null, null, null, null, null, List.of(blocks), List.of("https://x.example/a b"));
        String out = Renderer.markdown(a);
        String meta = "*1 min read*\n\n";     // the reading time is the only header of these articles
        return out.startsWith(meta) ? out.substring(meta.length()) : out;
    }

    @Test
    void title_and_meta_line_come_first() {
        Article a = RendererTest.article(Block.of(Kind.PARAGRAPH, "Texte."));
        assertEquals("# Titre\n\n*Fri 7 Feb 2025 · Seneweb · Politique · 1 min read*\n\nTexte.\n", Renderer.markdown(a));
        assertTrue(Renderer.markdown(a, Locale.FRENCH).contains("*ven. 7 févr. 2025 · Seneweb · Politique · 1 min de lecture*"));
    }

    @Test
    void headings_are_level_aware_below_the_title() {
        assertEquals("## Un\n\n### Deux\n\n###### Six\n", md(new Block(Kind.HEADING, "Un", 1, null, null),
                new Block(Kind.HEADING, "Deux", 3, null, null), new Block(Kind.HEADING, "Six", 9, null, null)));
    }

    @Test
    void list_items_nest_and_stay_together() {
        assertEquals("Avant\n\n- un\n  - sous\n- deux\n\nAprès\n", md(Block.of(Kind.PARAGRAPH, "Avant"),
                Block.of(Kind.LIST_ITEM, "un"), new Block(Kind.LIST_ITEM, "sous", 1, null, null),
                Block.of(Kind.LIST_ITEM, "deux"), Block.of(Kind.PARAGRAPH, "Après")));
    }

    @Test
    void quotes_captions_images_and_code() {
        assertEquals("> un\\\n> deux\n>\n> trois\n\n![Une photo \\*floue\\*]()\n\n*Légende*\n\n````\nx = `a` + ```b```\n````\n",
                md(Block.of(Kind.QUOTE, "un\ndeux"), Block.of(Kind.QUOTE, "trois"), Block.of(Kind.IMAGE, "Une photo *floue*"),
                        Block.of(Kind.CAPTION, "Légende"), Block.of(Kind.PREFORMATTED, "\nx = `a` + ```b```\n")));
    }

    @Test
    void markdown_characters_in_text_are_escaped() {
        assertEquals("\\# Pas un titre, a\\*b\\*c, snake\\_case, \\[crochets\\], \\<b>, AT\\&T, \\`code\\`\n",
                md(Block.of(Kind.PARAGRAPH, "# Pas un titre, a*b*c, snake_case, [crochets], <b>, AT&T, `code`")));
        assertEquals("1\\. pas une liste\n\n\\- ni celle-ci\n\n\\> ni une citation\n\n\\+ ni\n",
                md(Block.of(Kind.PARAGRAPH, "1. pas une liste"), Block.of(Kind.PARAGRAPH, "- ni celle-ci"),
                        Block.of(Kind.PARAGRAPH, "> ni une citation"), Block.of(Kind.PARAGRAPH, "+ ni")));
        assertEquals("- 2024\\. Une année\n", md(Block.of(Kind.LIST_ITEM, "2024. Une année")));
        assertEquals("Le 7 - 8 mars, 3 > 2 # ok\n", md(Block.of(Kind.PARAGRAPH, "Le 7 - 8 mars, 3 > 2 # ok")));
    }

    @Test
    void links_become_reference_links_defined_at_the_end() {
        Block p = new Block(Kind.PARAGRAPH, "Voir [le] rapport ici.", 0,
                List.of(new LinkSpan(5, 17, 0), new LinkSpan(18, 21, 0)), List.of());
        assertEquals("Voir [\\[le\\] rapport][1] [ici][1].\n\n[1]: https://x.example/a%20b\n", md(p));
    }

    @Test
    void tables_become_pipe_tables_with_their_caption() {
        Block t = new Block(Kind.TABLE, "Villes", 0, List.of(),
                List.of(List.of("Nom", "Note"), List.of("a|b", "1"), List.of("c")));
        assertEquals("*Villes*\n\n| Nom | Note |\n| --- | --- |\n| a\\|b | 1 |\n| c |  |\n", md(t));
    }

    @Test
    void control_characters_never_reach_markdown() {
        String out = md(Block.of(Kind.PARAGRAPH, "a\u001b[31mb\u009b2Jc\u202Ed"));
        assertEquals("abcd\n", out);
    }

    @Test
    void an_empty_article_is_an_empty_document() {
        assertEquals("", md());
    }
}
