package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiosque.model.Headline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The grouping of plain and markdown output by section. */
class HeadlinesCommandTest {

    private static final List<String> SECTIONS = Arrays.asList("A", "B", "Élections", "A", "C", null, "D", "unknown");

    @Property(tries = 300)
    void by_section_is_a_stable_sort_by_config_order(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 7) Integer> picks,
            @ForAll @Size(max = 5) List<@IntRange(min = 0, max = 4) Integer> configured) {
        List<Headline> items = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            items.add(new Headline(i, SECTIONS.get(picks.get(i)), "feed", "t" + i, null, null, null, null, null, false, false));
        }
        List<String> order = configured.stream().map(SECTIONS::get).toList();
        List<Headline> expected = new ArrayList<>(items);         // the comparator this replaced
        expected.sort(Comparator.comparingInt(h -> {
            int i = order.indexOf(h.section());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        assertEquals(expected, HeadlinesCommand.bySection(items, order));
    }
}
