package dev.kiosque.config;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.Section;
import dev.kiosque.model.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the located YAML tree of feeds.yaml onto {@link Config}, checking the schema of DESIGN.md.
 * Besides the config it returns where each section and feed sits, for {@link FeedsFileEditor}.
 */
final class ConfigReader {

    static final Set<String> TOP_KEYS = ordered("sections", "settings", "keys");
    static final Set<String> SECTION_KEYS = ordered("name", "feeds");
    static final Set<String> FEED_KEYS = ordered("url", "name", "type", "select", "title", "date", "summary");
    static final Set<String> HTML_KEYS = ordered("select", "title", "date", "summary");

    /** One feed entry: the source as configured, the URL as written, and its node (scalar or mapping). */
    record FeedSpot(FeedRef ref, String rawUrl, YamlNode node) {}

    /** One section entry with its {@code feeds:} entry and feeds. */
    record SectionSpot(String name, YamlNode.Mapping node, YamlNode.Entry feedsEntry, List<FeedSpot> feeds) {}

    /** The config and the layout of the file it came from. */
    record Result(Config config, List<SectionSpot> sections) {}

    private final Path file;
    private final Path baseDir;
    private final Checks checks;
    private final Map<String, FeedSpot> byUrl = new HashMap<>();

    ConfigReader(Path file) {
        this.file = file;
        this.baseDir = baseDir(file);
        this.checks = new Checks(file);
    }

    /** The directory relative feed paths are resolved against: the config's, else the working directory. */
    static Path baseDir(Path file) {
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    private static Set<String> ordered(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    Result read(YamlNode root) throws ConfigException {
        if (root == null) throw new ConfigException(file, 1, 1, "no sections: the file is empty");  // 1:1: every config error has a position
        if (!(root instanceof YamlNode.Mapping top)) {
            throw checks.at(root, "feeds.yaml must be a mapping that starts with 'sections:', got " + root.describe());
        }
        checks.knownKeys(top, TOP_KEYS, "at the top level");
        YamlNode.Entry sectionsEntry = top.get("sections");
        if (sectionsEntry == null) throw checks.at(top, "no sections: add a 'sections:' list");
        if (Checks.isNull(sectionsEntry.value())) throw checks.at(sectionsEntry, "no sections: 'sections' is empty");
        YamlNode.Sequence list = checks.sequence(sectionsEntry, "a list of sections");
        if (list.items().isEmpty()) throw checks.at(sectionsEntry, "no sections: 'sections' is empty");
        List<SectionSpot> spots = new ArrayList<>();
        Map<String, YamlNode> names = new HashMap<>();
        for (YamlNode item : list.items()) {
            spots.add(section(item, names));
        }
        // loops, not streams: this runs at every start, before the stream classes are warm (issue 6)
        List<String> sectionNames = new ArrayList<>(spots.size());
        List<Section> sections = new ArrayList<>(spots.size());
        for (SectionSpot s : spots) {
            sectionNames.add(s.name());
            List<FeedRef> refs = new ArrayList<>(s.feeds().size());
            for (FeedSpot f : s.feeds()) refs.add(f.ref());
            sections.add(new Section(s.name(), refs));                  // Section copies the list
        }
        sectionNames = Collections.unmodifiableList(sectionNames);
        Settings settings = new SettingsReader(checks).read(top.get("settings"), sectionNames);
        List<KeyBinding> keys = keys(top.get("keys"));
        return new Result(new Config(file, sections, settings, keys), spots);
    }

    private SectionSpot section(YamlNode item, Map<String, YamlNode> names) throws ConfigException {
        if (!(item instanceof YamlNode.Mapping m)) {
            throw checks.at(item, "a section must be a mapping with 'name' and 'feeds', got " + item.describe());
        }
        checks.knownKeys(m, SECTION_KEYS, "in a section");
        YamlNode.Entry nameEntry = m.get("name");
        if (nameEntry == null) throw checks.at(m, "section has no 'name'");
        String name = checks.text(nameEntry);
        YamlNode first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), nameEntry.value());
        if (first != null) {
            throw checks.at(nameEntry.value(), "duplicate section '" + name + "' (first at line " + first.line() + ")");
        }
        YamlNode.Entry feedsEntry = m.get("feeds");
        if (feedsEntry == null) throw checks.at(m, "section '" + name + "' has no 'feeds'");
        if (Checks.isNull(feedsEntry.value())) throw checks.at(feedsEntry, "section '" + name + "' has no feeds");
        YamlNode.Sequence feeds = checks.sequence(feedsEntry, "a list of feeds");
        if (feeds.items().isEmpty()) throw checks.at(feedsEntry, "section '" + name + "' has no feeds");
        List<FeedSpot> spots = new ArrayList<>();
        for (YamlNode feed : feeds.items()) {
            spots.add(feed(feed, name));
        }
        return new SectionSpot(name, m, feedsEntry, spots);
    }

    private FeedSpot feed(YamlNode node, String section) throws ConfigException {
        if (node instanceof YamlNode.Scalar s) {
            if (s.isNull()) throw checks.at(node, "empty feed entry: write a URL after '- '");
            return register(new FeedRef(url(s, s.text()), null, section, SourceKind.FEED, null), s.text(), node);
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            throw checks.at(node, "a feed must be a URL or a mapping with 'url', got " + node.describe());
        }
        checks.knownKeys(m, FEED_KEYS, "in a feed");
        YamlNode.Entry urlEntry = m.get("url");
        if (urlEntry == null) throw checks.at(m, "feed has no 'url'");
        String raw = checks.text(urlEntry);
        String url = url(urlEntry.value(), raw);
        String name = m.get("name") == null ? null : checks.text(m.get("name"));
        SourceKind kind = kind(m.get("type"));
        HtmlRule rule = null;
        if (kind == SourceKind.HTML) {
            if (m.get("select") == null) {
                throw checks.at(m.get("type").value(),
                        "'type: html' needs 'select' (a CSS selector matching each article)");
            }
            rule = new HtmlRule(checks.text(m.get("select")), optional(m, "title"), optional(m, "date"),
                    optional(m, "summary"));
        } else {
            for (String key : HTML_KEYS) {
                if (m.get(key) != null) throw checks.at(m.get(key), "'" + key + "' only applies with 'type: html'");
            }
        }
        return register(new FeedRef(url, name, section, kind, rule), raw, node);
    }

    private String url(YamlNode at, String raw) throws ConfigException {
        try {
            return FeedUrls.normalise(raw, baseDir);
        } catch (IllegalArgumentException e) {
            throw checks.at(at, e.getMessage());
        }
    }

    private SourceKind kind(YamlNode.Entry type) throws ConfigException {
        if (type == null) return SourceKind.FEED;
        String value = checks.text(type);
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "feed" -> SourceKind.FEED;
            case "html" -> SourceKind.HTML;
            default -> throw checks.atValue(type, "'type' must be feed or html, got '" + value + "'");
        };
    }

    private String optional(YamlNode.Mapping m, String key) throws ConfigException {
        return m.get(key) == null ? null : checks.text(m.get(key));
    }

    private FeedSpot register(FeedRef ref, String raw, YamlNode node) throws ConfigException {
        FeedSpot spot = new FeedSpot(ref, raw.strip(), node);
        FeedSpot first = byUrl.putIfAbsent(FeedUrls.identity(ref.url()), spot);
        if (first != null) {
            YamlNode at = node instanceof YamlNode.Mapping m ? m.get("url").value() : node;
            throw checks.at(at, "duplicate feed '" + raw.strip() + "' (already at line " + first.node().line()
                    + ", in section '" + first.ref().section() + "')");
        }
        return spot;
    }

    private List<KeyBinding> keys(YamlNode.Entry keysEntry) throws ConfigException {
        if (keysEntry == null || Checks.isNull(keysEntry.value())) return List.of();
        YamlNode.Mapping m = checks.mapping(keysEntry, "a mapping of action names to keys");
        List<KeyBinding> bindings = new ArrayList<>();
        for (YamlNode.Entry e : m.entries()) {
            List<String> keys = new ArrayList<>();
            if (e.value() instanceof YamlNode.Sequence seq) {
                for (YamlNode item : seq.items()) keys.add(keyName(e, item));
            } else {
                keys.add(keyName(e, e.value()));
            }
            bindings.add(new KeyBinding(e.key(), keys, e.line(), e.column()));
        }
        return bindings;
    }

    private String keyName(YamlNode.Entry action, YamlNode node) throws ConfigException {
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isEmpty()) return s.text();
        if (Checks.isNull(node) && node == action.value()) {
            throw checks.at(action, "'" + action.key() + "' has no keys");
        }
        throw checks.at(node, "'" + action.key() + "' must be a key or a list of keys, got " + node.describe());
    }
}
