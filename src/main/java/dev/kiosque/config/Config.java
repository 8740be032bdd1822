package dev.kiosque.config;

import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Section;
import dev.kiosque.text.Fold;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A loaded, validated feeds.yaml. {@code file} is where it was read from (null for built-in text). */
public record Config(Path file, List<Section> sections, Settings settings, List<KeyBinding> keys) {
    public Config {
        sections = List.copyOf(sections);
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** Every configured source, in config order. */
    public List<FeedRef> feeds() {
        return sections.stream().flatMap(s -> s.feeds().stream()).toList();
    }

    /** Sources matching a section name or a feed name/URL filter (case and accents ignored); empty filters match everything. */
    public Stream<FeedRef> select(List<String> sectionNames, List<String> feedNames) {
        return feeds().stream()
                .filter(f -> sectionNames.isEmpty() || sectionNames.stream().anyMatch(s -> Fold.of(s).equals(Fold.of(f.section()))))
                .filter(f -> feedNames.isEmpty() || feedNames.stream().anyMatch(n -> n.equals(f.url())
                        || (f.name() != null && Fold.of(n).equals(Fold.of(f.name())))));
    }
}
