package dev.kiosque.config;

import dev.kiosque.config.ConfigReader.FeedSpot;
import dev.kiosque.config.ConfigReader.SectionSpot;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text edits behind {@link FeedsFileEditor}: each takes the whole file, changes only the lines
 * of one entry, copies the indentation and the short or long form of its neighbours, and checks
 * that the result still loads and says what was meant.
 */
final class FeedsTextEdit {

    /** How a feed entry is laid out: columns (0-based) of its dash and of its content. */
    private record Style(int dash, int content, boolean longForm) {}

    /** Column of the dash of a feed entry in a new file (the layout of DESIGN.md). */
    private static final int NEW_FEED_DASH = 6;

    private FeedsTextEdit() {}

    /**
     * Adds {@code feeds} (URLs as they are to be written), all of section {@code section}, after
     * the last entry of that section, or as a new section after the last one.
     */
    static String add(String text, Path file, String section, List<FeedRef> feeds) throws ConfigException {
        ConfigReader.Result layout = ConfigLoader.read(text, file);
        YamlLines lines = new YamlLines(text);
        SectionSpot target = layout.sections().stream()
                .filter(s -> s.name().equalsIgnoreCase(section)).findFirst().orElse(null);
        if (target != null) {
            if (target.feedsEntry().value() instanceof YamlNode.Sequence seq && seq.flow()) {
                throw new ConfigException(file, seq.line(), seq.column(), "cannot add to the one-line list of"
                        + " section '" + target.name() + "'; write one '- URL' line per feed");
            }
            FeedSpot last = target.feeds().get(target.feeds().size() - 1);
            Style style = styleOf(lines, last.node(), file);
            lines.insertAfter(lines.extendOverComments(last.node().lastLine(), style.dash()), entries(feeds, style));
        } else {
            SectionSpot last = layout.sections().get(layout.sections().size() - 1);
            int end = lines.extendOverComments(last.node().lastLine(), styleOf(lines, last.node(), file).dash() + 1);
            lines.insertAfter(end, section(lines, last, section, feeds, file));
        }
        String result = lines.toString();
        check(result, file, feeds, layout.config().feeds().size());
        return result;
    }

    /** A whole new feeds.yaml holding {@code feeds} of section {@code section}, laid out like DESIGN.md. */
    static String newFile(Path file, String section, List<FeedRef> feeds) throws ConfigException {
        List<String> out = new ArrayList<>(List.of("sections:", "  - name: " + YamlLines.scalar(section),
                "    feeds:"));
        out.addAll(entries(feeds, new Style(NEW_FEED_DASH, NEW_FEED_DASH + 2, false)));
        String result = String.join("\n", out) + "\n";
        check(result, file, feeds, 0);
        return result;
    }

    /** Removes the feed named or located {@code nameOrUrl}, and its section if it was its last; null if none matches. */
    static String remove(String text, Path file, String nameOrUrl) throws ConfigException {
        ConfigReader.Result layout = ConfigLoader.read(text, file);
        Path base = ConfigReader.baseDir(file);
        List<FeedSpot> matches = new ArrayList<>();
        SectionSpot home = null;
        for (SectionSpot s : layout.sections()) {
            for (FeedSpot f : s.feeds()) {
                if (matches(f, nameOrUrl, base)) {
                    matches.add(f);
                    home = s;
                }
            }
        }
        if (matches.isEmpty()) return null;
        if (matches.size() > 1) {
            YamlNode second = matches.get(1).node();
            throw new ConfigException(file, second.line(), second.column(), "'" + nameOrUrl + "' names "
                    + matches.size() + " feeds (lines " + matches.get(0).node().line() + " and " + second.line()
                    + "); remove it by URL");
        }
        YamlNode cut = matches.get(0).node();
        if (home.feeds().size() == 1) {
            if (layout.sections().size() == 1) {
                throw new ConfigException(file, cut.line(), cut.column(),
                        "'" + nameOrUrl + "' is the only feed; feeds.yaml needs at least one, add another first");
            }
            cut = home.node();      // why: a section without feeds is an error, so the section goes too
        }
        YamlLines lines = new YamlLines(text);
        Style style = styleOf(lines, cut, file); // why: refuses entries that do not own whole lines (flow lists)
        lines.delete(cut.line(), lines.extendOverComments(cut.lastLine(), style.dash() + 1));
        String result = lines.toString();
        ConfigLoader.read(result, file);
        return result;
    }

    private static boolean matches(FeedSpot f, String nameOrUrl, Path base) {
        String wanted = nameOrUrl.strip();
        if (wanted.equals(f.rawUrl()) || wanted.equals(f.ref().url())) return true;
        if (f.ref().name() != null && wanted.equalsIgnoreCase(f.ref().name())) return true;
        try {
            return FeedUrls.identity(FeedUrls.normalise(wanted, base)).equals(FeedUrls.identity(f.ref().url()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Style styleOf(YamlLines lines, YamlNode node, Path file) throws ConfigException {
        int dash = lines.dashColumn(node.line(), node.column());
        if (dash < 0) {
            throw new ConfigException(file, node.line(), node.column(),
                    "cannot edit an entry that is not on its own '- ' line; edit feeds.yaml by hand");
        }
        return new Style(dash, node.column() - 1, node instanceof YamlNode.Mapping m && !m.flow());
    }

    /** A new section laid out like {@code like}, holding {@code feeds}. */
    private static List<String> section(YamlLines lines, SectionSpot like, String name, List<FeedRef> feeds,
                                        Path file) throws ConfigException {
        Style sectionStyle = styleOf(lines, like.node(), file);
        YamlNode lastFeed = like.feeds().get(like.feeds().size() - 1).node();
        Style feedStyle = styleOf(lines, lastFeed, file);
        int feedsKey = like.feedsEntry().column() - 1;
        int key = sectionStyle.content();
        List<String> out = new ArrayList<>();
        out.add(pad(sectionStyle.dash()) + "-" + pad(key - sectionStyle.dash() - 1) + "name: "
                + YamlLines.scalar(name));
        out.add(pad(key) + "feeds:");
        int shift = key - feedsKey;
        // why: a bare URL is the default form; use the long one only when the section copied uses nothing else
        boolean longForm = like.feeds().stream().allMatch(f -> f.node() instanceof YamlNode.Mapping m && !m.flow());
        Style shifted = new Style(feedStyle.dash() + shift, feedStyle.content() + shift, longForm);
        out.addAll(entries(feeds, shifted));
        return out;
    }

    private static List<String> entries(List<FeedRef> feeds, Style style) {
        List<String> out = new ArrayList<>();
        for (FeedRef feed : feeds) out.addAll(entry(feed, style));
        return out;
    }

    /** The lines of one feed entry in {@code style}; a name or an html rule forces the long form. */
    private static List<String> entry(FeedRef feed, Style style) {
        String lead = pad(style.dash()) + "-" + pad(style.content() - style.dash() - 1);
        boolean longForm = style.longForm() || feed.name() != null || feed.kind() == SourceKind.HTML;
        if (!longForm) return List.of(lead + YamlLines.scalar(feed.url()));
        List<String> out = new ArrayList<>();
        out.add(lead + "url: " + YamlLines.scalar(feed.url()));
        String indent = pad(style.content());
        if (feed.name() != null) out.add(indent + "name: " + YamlLines.scalar(feed.name()));
        HtmlRule rule = feed.html();
        if (feed.kind() == SourceKind.HTML && rule != null) {
            out.add(indent + "type: html");
            out.add(indent + "select: " + YamlLines.scalar(rule.select()));
            if (rule.title() != null) out.add(indent + "title: " + YamlLines.scalar(rule.title()));
            if (rule.date() != null) out.add(indent + "date: " + YamlLines.scalar(rule.date()));
            if (rule.summary() != null) out.add(indent + "summary: " + YamlLines.scalar(rule.summary()));
        }
        return out;
    }

    /** Refuses an edit that does not load, or whose feeds did not land where they were meant to. */
    private static void check(String result, Path file, List<FeedRef> feeds, int feedsBefore) throws ConfigException {
        String what = feeds.size() == 1 ? "'" + feeds.get(0).url() + "'" : feeds.size() + " feeds";
        Config config;
        try {
            config = ConfigLoader.parse(result, file);
        } catch (ConfigException e) {
            throw new ConfigException(file, 0, 0, "could not add " + what + " safely (" + e.detail()
                    + "); add it by hand");
        }
        Path base = ConfigReader.baseDir(file);
        Set<String> landed = new HashSet<>();
        for (FeedRef f : config.feeds()) landed.add(key(f.url(), f));
        boolean ok = config.feeds().size() == feedsBefore + feeds.size()
                && feeds.stream().allMatch(f -> landed.contains(key(FeedUrls.normalise(f.url(), base), f)));
        if (!ok) throw new ConfigException(file, 0, 0, "could not add " + what + " safely; add it by hand");
    }

    private static String key(String url, FeedRef f) {
        return url + "\n" + f.section().toLowerCase(Locale.ROOT) + "\n" + f.name();
    }

    private static String pad(int n) {
        return " ".repeat(Math.max(0, n));
    }
}
