package dev.kiosque.config;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Section;
import dev.kiosque.model.SourceKind;
import dev.kiosque.text.PlainText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Edits feeds.yaml in place, as text, so that comments, order and formatting of everything else
 * stay as the user wrote them. Each edit validates the result before writing it (atomically).
 *
 * <p>A new entry copies the indentation of its neighbours, and their form: a bare {@code - URL}
 * line when the last entry of the section is one, else {@code - url: URL}; a name always needs the
 * long form. A new section copies the layout of the last section and goes after it. Removing the
 * last feed of a section removes the section. Lists written on one line ({@code [a, b]}) are not
 * edited: the methods then throw a {@link ConfigException} that says so.
 */
public final class FeedsFileEditor {

    /** The section used when none is given and the file has none yet. */
    public static final String DEFAULT_SECTION = "Unsorted";

    private FeedsFileEditor() {}

    /**
     * Adds {@code url} (with an optional name) to {@code section}, creating the section at the end
     * if needed. A null section means the file's first section. Creates the file when missing. A
     * relative path is written as given, so it is relative to the file's directory.
     *
     * @throws ConfigException when the URL is malformed or already configured (located at the
     *     existing entry), or the file is invalid or cannot be written
     */
    public static void addFeed(Path file, String url, String name, String section) throws ConfigException {
        String text = Files.exists(file) ? ConfigLoader.readText(file) : null;
        String target = section;
        if (target == null || target.isBlank()) {
            target = text == null ? DEFAULT_SECTION : ConfigLoader.read(text, file).sections().get(0).name();
        }
        FeedRef feed = FeedRef.feed(url.strip(), cleanName(name), PlainText.line(target));
        if (!fresh(feed, file, configuredUrls(text, file))) throw alreadyThere(text, file, feed);
        write(file, add(text, file, feed.section(), List.of(feed)));
    }

    /** Removes the feed whose name or URL is {@code nameOrUrl}; false when there is none. */
    public static boolean removeFeed(Path file, String nameOrUrl) throws ConfigException {
        String result = FeedsTextEdit.remove(ConfigLoader.readText(file), file, nameOrUrl);
        if (result == null) return false;
        write(file, result);
        return true;
    }

    /**
     * Appends the feeds of {@code sections} not already present (by URL), each to the section of
     * the same name (ignoring case) or to a new one; returns how many were added. Writes nothing
     * when none is new. Creates the file when missing.
     */
    public static int addSections(Path file, List<Section> sections) throws ConfigException {
        String text = Files.exists(file) ? ConfigLoader.readText(file) : null;
        Set<String> seen = configuredUrls(text, file);
        int added = 0;
        for (Section section : sections) {
            String name = PlainText.line(section.name());
            List<FeedRef> feeds = new ArrayList<>();
            for (FeedRef f : section.feeds()) {
                FeedRef feed = new FeedRef(f.url().strip(), cleanName(f.name()), name, f.kind(), f.html());
                if (fresh(feed, file, seen)) feeds.add(feed);
            }
            if (feeds.isEmpty()) continue;
            text = add(text, file, name, feeds);
            added += feeds.size();
        }
        if (added > 0) write(file, text);
        return added;
    }

    /**
     * Checks that {@code feed} can be written, and whether it is new: false when its URL is in
     * {@code seen} (configured, or added earlier in this edit); true adds it there.
     */
    private static boolean fresh(FeedRef feed, Path file, Set<String> seen) throws ConfigException {
        String url;
        try {
            url = FeedUrls.normalise(feed.url(), ConfigReader.baseDir(file));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, 0, 0, "cannot add: " + e.getMessage());
        }
        if (feed.section() == null || feed.section().isEmpty()) {
            throw new ConfigException(file, 0, 0, "cannot add '" + feed.url() + "': the section has no name");
        }
        if (feed.kind() == SourceKind.HTML && (feed.html() == null || feed.html().select() == null)) {
            throw new ConfigException(file, 0, 0, "cannot add '" + feed.url() + "': an html source needs 'select'");
        }
        return seen.add(FeedUrls.identity(url));
    }

    private static String add(String text, Path file, String section, List<FeedRef> feeds) throws ConfigException {
        return text == null ? FeedsTextEdit.newFile(file, section, feeds)
                : FeedsTextEdit.add(text, file, section, feeds);
    }

    /** The URLs (as fetched) configured in {@code text}; empty for a file yet to be created. */
    private static Set<String> configuredUrls(String text, Path file) throws ConfigException {
        Set<String> urls = new HashSet<>();
        if (text != null) ConfigLoader.parse(text, file).feeds().forEach(f -> urls.add(FeedUrls.identity(f.url())));
        return urls;
    }

    private static ConfigException alreadyThere(String text, Path file, FeedRef feed) throws ConfigException {
        String url = FeedUrls.normalise(feed.url(), ConfigReader.baseDir(file));
        for (ConfigReader.SectionSpot s : ConfigLoader.read(text, file).sections()) {
            for (ConfigReader.FeedSpot f : s.feeds()) {
                if (FeedUrls.identity(f.ref().url()).equals(FeedUrls.identity(url))) {
                    return new ConfigException(file, f.node().line(), f.node().column(),
                            "'" + feed.url() + "' is already configured, in section '" + s.name() + "'");
                }
            }
        }
        return new ConfigException(file, 0, 0, "'" + feed.url() + "' is already configured");
    }

    private static String cleanName(String name) {
        String clean = PlainText.line(name);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    /** Writes through a temporary file in the same directory, then moves it over the original. */
    static void write(Path file, String text) throws ConfigException {
        Path target = file;
        try {
            if (Files.isSymbolicLink(file)) target = file.toRealPath(); // why: keep dotfile-manager symlinks
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                copyPermissions(target, temp);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, "cannot write: " + e.getMessage());
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && dest != null && Files.exists(from)) {
            dest.setPermissions(source.readAttributes().permissions());
        }
    }
}
