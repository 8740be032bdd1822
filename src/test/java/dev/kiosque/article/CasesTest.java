package dev.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Readability-style fixture folders: {@code cases/<slug>/source.html} must give the blocks listed
 * in {@code expected.txt}, one per line as {@code kind[ level]: text} (headings and list items
 * carry their level; a table lists its rows as {@code row: a | b}).
 */
class CasesTest {

    static final String ROOT = "/article/cases/";

    static Stream<String> cases() {
        return Stream.of("amp", "br-paragraphs", "figure-figcaption", "layout-tables-windows-1252",
                "noscript-images", "preformatted-and-lists", "short-brief-with-comments", "wordpress-sharing");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fixture_gives_its_expected_blocks(String slug) throws IOException {
        Article a = Extractor.extract(read(slug, "source.html"), "https://example.org/" + slug + "/", null);
        String expected = new String(read(slug, "expected.txt"), StandardCharsets.UTF_8).strip();
        assertEquals(expected, render(a.blocks()));
    }

    static byte[] read(String slug, String file) throws IOException {
        try (InputStream in = CasesTest.class.getResourceAsStream(ROOT + slug + "/" + file)) {
            return in.readAllBytes();
        }
    }

    static String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            out.append(b.kind().jsonName());
            if (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.LIST_ITEM) out.append(' ').append(b.level());
            out.append(": ").append(b.text()).append('\n');
            for (List<String> row : b.rows()) out.append("row: ").append(String.join(" | ", row)).append('\n');
        }
        return out.toString().strip();
    }
}
