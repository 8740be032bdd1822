package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.text.DisplayWidth;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateColumnTest {

    private static final Instant NOW = Instant.parse("2026-11-29T13:00:00Z");

    private static DateColumn in(Locale locale) {
        return DateColumn.of(ZoneOffset.UTC, locale, NOW);
    }

    @Test
    void today_shows_the_time_this_year_day_and_month_before_that_the_day_too() {
        DateColumn fr = in(Locale.FRENCH);
        assertEquals("08:05", fr.date(Instant.parse("2026-11-29T08:05:00Z")));
        assertEquals("7 févr.", fr.date(Instant.parse("2026-02-07T10:00:00Z")));
        assertEquals("07/02/25", fr.date(Instant.parse("2025-02-07T10:00:00Z")));
        DateColumn en = in(Locale.ENGLISH);
        assertEquals("7 Feb", en.date(Instant.parse("2026-02-07T10:00:00Z")));
        assertEquals("7 Feb 25", en.date(Instant.parse("2025-02-07T10:00:00Z")));
        assertEquals("", en.date(null));
    }

    @Test
    void titles_line_up_whatever_the_date_looks_like() {
        FakeLibrary lib = new FakeLibrary();
        lib.sections.put("Monde", List.of(
                lib.headline("Monde", "Aujourd'hui", FakeLibrary.NOON),
                lib.headline("Monde", "Rentrée", Instant.parse("2025-09-28T10:00:00Z")),
                lib.headline("Monde", "Cette année", Instant.parse("2025-01-03T10:00:00Z")),
                lib.headline("Monde", "Autrefois", Instant.parse("2023-12-25T10:00:00Z"))));
        Harness h = new Harness(lib, 100, 20, new TuiOptions(false, Locale.FRENCH, true, Map.of()));
        int column = -1;
        for (String title : new String[] {"Aujourd'hui", "Rentrée", "Cette année", "Autrefois"}) {
            String row = h.row(h.rowOf(title));
            int at = DisplayWidth.of(row.substring(0, row.indexOf(title)));
            if (column < 0) column = at;
            assertEquals(column, at, row);
        }
        assertTrue(h.text().contains("28 sept."), h.text());
        assertTrue(h.text().contains("25/12/23"), h.text());
    }

    @Test
    void the_column_is_as_wide_as_the_widest_date_of_the_language() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            DateColumn column = in(locale);
            for (int month = 1; month <= 12; month++) {
                String thisYear = column.date(Instant.parse(String.format("2026-%02d-28T10:00:00Z", month)));
                String older = column.date(Instant.parse(String.format("2024-%02d-28T10:00:00Z", month)));
                assertTrue(DisplayWidth.of(thisYear) <= column.cells(), locale + " " + thisYear);
                assertTrue(DisplayWidth.of(older) <= column.cells(), locale + " " + older);
            }
        }
        assertEquals(DisplayWidth.of("28 sept."), in(Locale.FRENCH).cells());
    }
}
