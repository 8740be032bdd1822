package dev.kiosque.store;

import dev.kiosque.text.Fold;
import java.util.List;

/** One row of the feeds table as the queries need it. */
record FeedRow(long id, String url, String name, String title, String section, boolean configured) {

    /** The name shown to readers: the configured name, else the feed's own title, else its URL. */
    String display() {
        return displayName(name, title, url);
    }

    static String displayName(String name, String title, String url) {
        if (name != null && !name.isBlank()) return name;
        if (title != null && !title.isBlank()) return title;
        return url;
    }

    /** True when this source is in one of {@code sections} and called one of {@code names}; empty lists match all. */
    boolean matches(List<String> sections, List<String> names) {
        return (sections.isEmpty() || sections.stream().anyMatch(this::inSection))
                && (names.isEmpty() || names.stream().anyMatch(this::isCalled));
    }

    /** True when {@code wanted} names this row's section, ignoring case and accents. */
    boolean inSection(String wanted) {
        return section != null && Fold.of(section).equals(Fold.of(wanted).strip());
    }

    /** True when {@code wanted} is this source's configured name, its feed title or its URL. */
    boolean isCalled(String wanted) {
        String folded = Fold.of(wanted).strip();
        return url.equals(wanted.strip()) || (name != null && Fold.of(name).equals(folded))
                || (title != null && Fold.of(title).equals(folded));
    }
}
