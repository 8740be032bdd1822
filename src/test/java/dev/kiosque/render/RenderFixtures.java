package dev.kiosque.render;

import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Block.LinkSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the article fixtures of src/test/resources/render (format in its README.md). */
final class RenderFixtures {

    private static final Pattern LINE = Pattern.compile("([a-z-]+)(?: (\\d+))?: ?(.*)");
    private static final Pattern SPAN = Pattern.compile("\\[([^\\]]*)\\]\\{(\\d+)\\}");

    private RenderFixtures() {}

    /** A fixture case: the article and the UI locale (dates, labels) its expected output was written for. */
    record Case(String name, Article article, Locale locale) {}

    static String resource(String path) {
        try (InputStream in = RenderFixtures.class.getResourceAsStream("/render/" + path)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case load(String name) {
        String source = resource(name + "/article.txt");
        if (source == null) throw new IllegalArgumentException("no fixture " + name);
        Map<String, String> meta = new HashMap<>();
        List<String> links = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (String raw : source.split("\n")) {
            if (raw.isBlank()) continue;
            Matcher m = LINE.matcher(raw);
            if (!m.matches()) throw new IllegalArgumentException("bad fixture line: " + raw);
            String key = m.group(1);
            int level = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String value = m.group(3);
            switch (key) {
                case "link" -> links.add(value);
                case "row" -> addRow(blocks, value);
                case "title", "byline", "site", "section", "published", "lang", "locale" -> meta.put(key, value);
                default -> blocks.add(block(Block.Kind.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_')), level, value));
            }
        }
        String published = meta.get("published");
        Article article = new Article("https://example.org/" + name, meta.get("title"), meta.get("byline"),
                published == null ? null : Instant.parse(published), meta.get("site"), meta.get("section"),
                meta.get("lang"), blocks, links);
        return new Case(name, article, Locale.forLanguageTag(meta.getOrDefault("locale", "en")));
    }

    /** A block from fixture text: "[words]{n}" becomes a span, "\n" and "\t" become a line break and a tab. */
    static Block block(Block.Kind kind, int level, String value) {
        String text = value.replace("\\n", "\n").replace("\\t", "\t");
        StringBuilder plain = new StringBuilder();
        List<LinkSpan> spans = new ArrayList<>();
        Matcher m = SPAN.matcher(text);
        int pos = 0;
        while (m.find()) {
            plain.append(text, pos, m.start());
            int start = plain.length();
            plain.append(m.group(1));
            spans.add(new LinkSpan(start, plain.length(), Integer.parseInt(m.group(2))));
            pos = m.end();
        }
        plain.append(text.substring(pos));
        return new Block(kind, plain.toString(), level, spans, List.of());
    }

    private static void addRow(List<Block> blocks, String value) {
        Block table = blocks.remove(blocks.size() - 1);
        List<List<String>> rows = new ArrayList<>(table.rows());
        List<String> cells = new ArrayList<>();
        for (String cell : value.split("\\|", -1)) cells.add(cell.strip());
        rows.add(cells);
        blocks.add(new Block(table.kind(), table.text(), table.level(), table.links(), rows));
    }
}
