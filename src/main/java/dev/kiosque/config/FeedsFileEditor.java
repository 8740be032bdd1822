package dev.kiosque.config;

import dev.kiosque.model.Section;
import java.nio.file.Path;
import java.util.List;

/**
 * Edits feeds.yaml in place, as text, so that comments, order and formatting of everything else
 * stay as the user wrote them. Each edit validates the result before writing it (atomically).
 */
public final class FeedsFileEditor {
    private FeedsFileEditor() {}

    /** Adds {@code url} (with an optional name) to {@code section}, creating the section at the end if needed. */
    public static void addFeed(Path file, String url, String name, String section) throws ConfigException {
        throw new UnsupportedOperationException("TODO config helper");
    }

    /** Removes the feed whose name or URL is {@code nameOrUrl}; false when there is none. */
    public static boolean removeFeed(Path file, String nameOrUrl) throws ConfigException {
        throw new UnsupportedOperationException("TODO config helper");
    }

    /** Appends the feeds of {@code sections} not already present; returns how many were added. */
    public static int addSections(Path file, List<Section> sections) throws ConfigException {
        throw new UnsupportedOperationException("TODO config helper");
    }
}
