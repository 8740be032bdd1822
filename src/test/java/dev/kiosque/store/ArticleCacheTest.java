package dev.kiosque.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Block.Kind;
import dev.kiosque.model.Block.LinkSpan;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCacheTest {

    @TempDir
    Path dir;

    static Article sample() {
        List<Block> blocks = List.of(
                new Block(Kind.HEADING, "Février : « tout » change", 2, List.of(), List.of()),
                new Block(Kind.PARAGRAPH, "Lire la suite sur le site et ici.", 0,
                        List.of(new LinkSpan(5, 14, 0), new LinkSpan(30, 33, 1)), List.of()),
                new Block(Kind.LIST_ITEM, "niveau 1; avec : deux-points ~ et tilde 12:", 1, List.of(), List.of()),
                new Block(Kind.QUOTE, "ligne 1\nligne 2\n\n", 0, List.of(), List.of()),
                new Block(Kind.PREFORMATTED, "  code\tindent  ", 0, List.of(), List.of()),
                new Block(Kind.TABLE, "", 0, List.of(), List.of(List.of("Pays", "Taux"),
                        List.of("Mali", "3,5 %"), List.of("", "ف😀中"))),
                new Block(Kind.TABLE, null, 0, List.of(), List.of()),
                new Block(Kind.IMAGE, "légende", 0, List.of(), List.of()),
                new Block(Kind.CAPTION, "", 0, List.of(), List.of()));
        return new Article("https://example.org/a?x=1&y=2", "Titre", "Par A. Ndiaye",
                Instant.parse("2025-02-10T09:12:34.567891Z"), "Example", "Politique", "fr", blocks,
                List.of("https://example.org/suite", "https://example.org/ici#frag"));
    }

    @Test
    void an_article_comes_back_exactly_as_cached() {
        Article a = sample();
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            store.cacheArticle(a, Instant.now());
            assertEquals(a, store.cachedArticle(a.url()).orElseThrow());
        }
    }

    @Test
    void an_article_with_only_a_url_comes_back_with_nulls() {
        Article bare = new Article("https://example.org/b", null, null, null, null, null, null, List.of(), List.of());
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            store.cacheArticle(bare, Instant.now());
            assertEquals(bare, store.cachedArticle(bare.url()).orElseThrow());
            assertTrue(store.cachedArticle("https://example.org/never").isEmpty());
        }
    }

    @Test
    void caching_again_replaces_the_older_copy() {
        Article a = sample();
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            store.cacheArticle(a, Instant.now());
            Article newer = a.withSection("Société");
            store.cacheArticle(newer, Instant.now());
            assertEquals(newer, store.cachedArticle(a.url()).orElseThrow());
        }
    }

    @Test
    void a_damaged_cached_copy_reads_as_a_miss() throws Exception {
        Path file = dir.resolve("kiosque.db");
        try (Store store = Store.open(file)) {
            store.cacheArticle(sample(), Instant.now());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE articles SET blocks = '1;3;9:HEAD'");
        }
        try (Store store = Store.open(file)) {
            assertTrue(store.cachedArticle(sample().url()).isEmpty());
        }
    }

    @Test
    void the_codec_round_trips_lists_and_rejects_malformed_values() {
        List<String> values = List.of("", "a:b;c", "~", "12:", "é😀", "x".repeat(1000));
        assertEquals(values, Codec.decodeList(Codec.encodeList(values)));
        assertEquals(List.of(), Codec.decodeList(Codec.encodeList(List.of())));
        assertEquals(List.of(), Codec.decodeList(null));
        assertThrows(IllegalArgumentException.class, () -> Codec.decodeList("2;1:a"));
        assertThrows(IllegalArgumentException.class, () -> Codec.decodeList("1;5:ab"));
        assertThrows(IllegalArgumentException.class, () -> Codec.decodeList("1;1:ab"));
        assertThrows(IllegalArgumentException.class, () -> Codec.decodeList("999999999;"));
        assertThrows(IllegalArgumentException.class, () -> ArticleCache.decodeBlocks("1;1;5:NOPE!~0;0;0;"));
    }

    @Test
    void unpaired_surrogates_become_replacement_characters_so_lengths_survive_utf8() {
        assertEquals("a\uFFFDb\uFFFD", Codec.wellFormed("a\uD800b\uDC00"));
        assertEquals("😀", Codec.wellFormed("😀"));
        Block broken = Block.of(Kind.PARAGRAPH, "x\uD800y");
        Article a = new Article("https://example.org/s", "t\uDC00", null, null, null, null, null,
                List.of(broken, Block.of(Kind.PARAGRAPH, "after")), List.of());
        try (Store store = Store.open(dir.resolve("kiosque.db"))) {
            store.cacheArticle(a, Instant.now());
            List<Block> back = store.cachedArticle(a.url()).orElseThrow().blocks();
            assertEquals(List.of("x\uFFFDy", "after"), back.stream().map(Block::text).toList());
        }
    }
}
