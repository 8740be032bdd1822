package dev.kiosque.config;

import dev.kiosque.model.Section;
import java.util.List;

/** OPML 2.0 import and export; sections are folders (outer outlines). */
public final class Opml {
    private Opml() {}

    public static String export(Config config) {
        throw new UnsupportedOperationException("TODO config helper");
    }

    /** Parses OPML; nested outlines become sections (feeds outside any folder go to {@code defaultSection}). */
    public static List<Section> parse(byte[] opml, String defaultSection) throws ConfigException {
        throw new UnsupportedOperationException("TODO config helper");
    }
}
