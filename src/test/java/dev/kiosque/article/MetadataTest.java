package dev.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiosque.model.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetadataTest {

    private static Article page(String head, String body) {
        return Extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://example.org/a");
    }

    @Test
    void json_ld_inside_a_graph_gives_headline_authors_date_section_and_publisher() {
        Article a = page("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},"
                + "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Un titre\",\"datePublished\":\"2025-02-07T09:12:00+01:00\","
                + "\"author\":[{\"name\":\"A. Traoré\"},\"B. Keita\"],\"articleSection\":[\"Société\",\"Mali\"],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Le Site\"},\"inLanguage\":\"fr-FR\"}]}</script>", "");
        assertEquals("Un titre", a.title());
        assertEquals("A. Traoré, B. Keita", a.byline());
        assertEquals(Instant.parse("2025-02-07T08:12:00Z"), a.published());
        assertEquals("Société", a.section());
        assertEquals("Le Site", a.site());
        assertEquals("fr-fr", a.lang());
    }

    @Test
    void opengraph_and_article_meta_are_used_without_json_ld() {
        Article a = page("<meta property=\"og:title\" content=\"Titre OG\"><meta property=\"og:site_name\" content=\"Site\">"
                + "<meta property=\"article:published_time\" content=\"2025-01-02T03:04:05Z\">"
                + "<meta property=\"article:section\" content=\"Sports\"><meta name=\"author\" content=\"Par Awa Diallo\">"
                + "<meta property=\"og:locale\" content=\"fr_FR\">", "");
        assertEquals("Titre OG", a.title());
        assertEquals("Awa Diallo", a.byline());
        assertEquals(Instant.parse("2025-01-02T03:04:05Z"), a.published());
        assertEquals("Sports", a.section());
        assertEquals("fr-fr", a.lang());
    }

    @Test
    void visible_byline_time_element_and_title_suffix() {
        Article a = page("<title>Les pluies arrivent tôt | Le Journal</title>",
                "<p class=\"byline\">By <a rel=\"author\" href=\"/a\">Jane Roe</a></p><time datetime=\"2025-05-01\">1 May</time>");
        assertEquals("Les pluies arrivent tôt", a.title());
        assertEquals("Jane Roe", a.byline());
        assertEquals(Instant.parse("2025-05-01T00:00:00Z"), a.published());
    }

    @Test
    void a_visible_date_line_is_the_last_resort_for_the_date() {
        Article a = page("<title>Titre</title>", "<div class=\"meta\">Publié le 08/02/2025 à 10:35</div>");
        assertEquals(Instant.parse("2025-02-08T10:35:00Z"), a.published());
    }

    @Test
    void a_page_without_metadata_gives_nulls() {
        Article a = page("", "<p>Rien.</p>");
        assertNull(a.title());
        assertNull(a.byline());
        assertNull(a.published());
        assertNull(a.section());
        assertNull(a.site());
        assertNull(a.lang());
    }

    @Test
    void title_suffixes_are_cut_only_when_they_look_like_a_site() {
        assertEquals("Mali : la saison des pluies", Titles.strip("Mali : la saison des pluies - MonKiosk", "MonKiosk"));
        assertEquals("Three words here", Titles.strip("Three words here | Site Name", null));
        assertEquals("Paris - Dakar", Titles.strip("Paris - Dakar", null));
    }
}
