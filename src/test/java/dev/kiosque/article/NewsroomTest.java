package dev.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.text.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectMapper;

/** Every page of the newsroom fixture site gives the metadata and entries of its expected file. */
class NewsroomTest {

    static final String ROOT = "/newsroom/";
    static final List<String> PAGES = List.of("bamako-half-marathon-record-field", "bamako-incendie-marche-medine",
            "corridor-dakar-bamako-kidira", "coton-campagne-2024-2025-production", "delestages-artisans-bamako",
            "dossier-mangue-malienne-export", "ecowas-aes-free-movement-transition", "enseignants-greve-72-heures",
            "kayes-penurie-eau-potable", "lutte-combat-royal-reporte", "mali-loi-de-finances-rectificative-2025",
            "mali-senegal-cooperation-militaire", "meningite-campagne-vaccination",
            "mobile-money-mali-senegal-transfers-2024", "senegal-municipales-partielles-calendrier",
            "ufoa-u20-mali-guinee-demi-finale");

    static Stream<String> pages() {
        return PAGES.stream();
    }

    static Article extract(String name) throws IOException {
        try (InputStream in = NewsroomTest.class.getResourceAsStream(ROOT + "articles/" + name + ".html")) {
            return Extractor.extract(in.readAllBytes(), "http://127.0.0.1:8765/articles/" + name + ".html", null);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> expected(String name) throws IOException {
        try (InputStream in = NewsroomTest.class.getResourceAsStream(ROOT + "expected/" + name + ".json")) {
            return new ObjectMapper().readValue(in, Map.class);
        }
    }

    /** The entries the expected files list: text blocks, a table as caption then rows joined by " | ". */
    static List<String> entries(Article a) {
        List<String> out = new ArrayList<>();
        for (Block b : a.blocks()) {
            if (b.kind() == Block.Kind.IMAGE) continue;
            if (!b.text().isEmpty()) out.add(b.text());
            for (List<String> row : b.rows()) out.add(String.join(" | ", row));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void page_gives_its_expected_metadata_and_entries(String name) throws IOException {
        Article a = extract(name);
        Map<String, Object> want = expected(name);
        assertEquals(want.get("title"), a.title(), "title");
        assertEquals(want.get("byline"), a.byline(), "byline");
        assertEquals(want.get("section"), a.section(), "section");
        String published = (String) want.get("published");
        if (published == null) {
            assertEquals(null, a.published());
        } else if (published.length() == 10) {
            assertNotNull(a.published(), "published");
            assertTrue(a.published().toString().startsWith(published), "published " + a.published());
        } else {
            assertEquals(OffsetDateTime.parse(published).toInstant(), a.published(), "published");
        }
        List<String> paragraphs = new ArrayList<>();
        for (Object p : (List<Object>) want.get("paragraphs")) paragraphs.add(PlainText.collapse((String) p));
        assertEquals(String.join("\n", paragraphs), String.join("\n", entries(a)), "entries");
    }

    @Test
    void seed_page_gives_exactly_five_paragraph_blocks_and_no_chrome() throws IOException {
        Article a = extract("mali-senegal-cooperation-militaire");
        assertEquals(5, a.blocks().size());
        for (Block b : a.blocks()) assertEquals(Block.Kind.PARAGRAPH, b.kind());
        String text = a.text();
        for (String chrome : List.of("Accueil", "Commentaires", "Comment", "Mots-clés", "Les plus lus",
                "Newsletter", "Tous droits réservés", "Publicité", "Moussa K.")) {
            assertFalse(text.contains(chrome), chrome);
        }
        assertEquals("Le Mali et le Sénégal vont renforcer la coopération militaire", a.title());
        assertEquals("Seneweb", a.byline());
        assertEquals("Politique", a.section());
        assertEquals("fr", a.lang());
        assertEquals("MonKiosk.com", a.site());
        assertTrue(a.published().toString().startsWith("2025-02-07"));
    }
}
