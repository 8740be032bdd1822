package dev.kiosque.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Builds a located {@link YamlNode} tree from Jackson's streaming YAML parser, and turns YAML
 * syntax errors, duplicate keys, aliases and extra documents into located {@link ConfigException}s.
 */
final class YamlReader {

    /** Made on first use: most runs read their file with {@link PlainYaml} and never need it (~7 ms). */
    private static final class Factory {
        static final YAMLFactory YAML = new YAMLFactory();
    }

    private final String text;
    private final Path file;
    private final int[] lineStarts;
    private JsonParser parser;

    private YamlReader(String text, Path file) {
        this.text = text;
        this.file = file;
        this.lineStarts = lineStarts(text);
    }

    /** Reads the single document of {@code text}; null when the text holds no document at all. */
    static YamlNode read(String text, Path file) throws ConfigException {
        YamlNode plain = PlainYaml.read(text);          // fast path: the usual shape, same tree
        return plain != null ? plain : readWithJackson(text, file);
    }

    /** {@link #read} without the fast path: every file, every error. */
    static YamlNode readWithJackson(String text, Path file) throws ConfigException {
        return new YamlReader(text, file).readDocument();
    }

    private YamlNode readDocument() throws ConfigException {
        try (JsonParser p = Factory.YAML.createParser(ObjectReadContext.empty(), text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) return null;
            YamlNode root = readValue(first);
            if (p.nextToken() != null) {
                throw error(p.currentTokenLocation(), "only one YAML document is allowed (remove the '---' line)");
            }
            return root;
        } catch (JacksonException e) {
            throw syntaxError(e);
        }
    }

    private YamlNode readValue(JsonToken token) throws ConfigException {
        TokenStreamLocation start = parser.currentTokenLocation();
        int line = start.getLineNr();
        int column = start.getColumnNr();
        if (token == JsonToken.START_OBJECT) return readMapping(line, column);
        if (token == JsonToken.START_ARRAY) return readSequence(line, column);
        if (((YAMLParser) parser).isCurrentAlias()) {
            throw error(start, "aliases (*" + parser.getString()
                    + ") are not supported in feeds.yaml; write the value out");
        }
        String value = token == JsonToken.VALUE_NULL ? null : parser.getString();
        boolean isNull = value == null || value.equals("~");
        int last = endLine(parser.currentLocation(), line);
        return new YamlNode.Scalar(isNull ? null : value, isNull, line, column, last);
    }

    private YamlNode.Mapping readMapping(int line, int column) throws ConfigException {
        boolean flow = startsWith(line, column, '{');
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            TokenStreamLocation at = parser.currentTokenLocation();
            String key = parser.currentName();
            Integer first = seen.putIfAbsent(key, at.getLineNr());
            if (first != null) throw error(at, "duplicate key '" + key + "' (first at line " + first + ")");
            YamlNode value = readValue(parser.nextToken());
            entries.add(new YamlNode.Entry(key, at.getLineNr(), at.getColumnNr(), value));
        }
        int last = entries.isEmpty() ? line : entries.get(entries.size() - 1).value().lastLine();
        return new YamlNode.Mapping(entries, flow, line, column, flow ? endLine(parser.currentLocation(), line) : last);
    }

    private YamlNode.Sequence readSequence(int line, int column) throws ConfigException {
        boolean flow = startsWith(line, column, '[');
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(readValue(token));
        }
        int last = items.isEmpty() ? line : items.get(items.size() - 1).lastLine();
        return new YamlNode.Sequence(items, flow, line, column, flow ? endLine(parser.currentLocation(), line) : last);
    }

    /** The last line a token occupies: an end at column 1 means the token ended with the line before. */
    private static int endLine(TokenStreamLocation end, int startLine) {
        int line = end.getLineNr();
        if (end.getColumnNr() <= 1 && line > startLine) line--;
        return Math.max(line, startLine);
    }

    /** True when the node at {@code line}:{@code column} opens with {@code c} (a flow collection). */
    private boolean startsWith(int line, int column, char c) {
        if (line < 1 || line > lineStarts.length) return false;
        // why code points: the parser counts columns in code points, the String in UTF-16 units
        int start = lineStarts[line - 1];
        int offset;
        try {
            offset = text.offsetByCodePoints(start, column - 1);
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
        return offset < text.length() && text.charAt(offset) == c;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private ConfigException error(TokenStreamLocation at, String message) {
        return new ConfigException(file, at.getLineNr(), at.getColumnNr(), message);
    }

    private ConfigException syntaxError(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException yaml) {
            String problem = yaml.getProblem() == null ? "" : yaml.getProblem();
            String context = yaml.getContext() == null ? "" : yaml.getContext();
            Mark mark = yaml.getProblemMark().or(yaml::getContextMark).orElse(null);
            if (context.contains("quoted scalar") && yaml.getContextMark().isPresent()) {
                Mark open = yaml.getContextMark().get();
                return new ConfigException(file, open.getLine() + 1, open.getColumn() + 1,
                        "this quoted value is never closed");
            }
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            return new ConfigException(file, line, column, explain(problem));
        }
        TokenStreamLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        return new ConfigException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                explain(message));
    }

    /** Rewrites SnakeYAML's problem texts into what a person would need to fix them. */
    static String explain(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("tab")) return "tab character: indent with spaces, not tabs";
        if (p.contains("expected <block end>") || p.contains("expected <block mapping")) {
            return "bad indentation: this line does not line up with the lines above it";
        }
        if (p.contains("mapping values are not allowed")) {
            return "unexpected ':' (put quotes around a value that contains ': ')";
        }
        if (p.contains("could not find expected ':'")) return "expected 'key: value' here";
        if (p.contains("nesting depth")) return "nested too deeply: feeds.yaml needs a few levels, not hundreds";
        if (p.contains("expected a property name")) return "a key must be plain text, not a list or a mapping";
        String plain = problem.replace("'<stream end>'", "the end of the file").replaceAll("\\s+", " ").trim();
        return "invalid YAML: " + plain;
    }
}
