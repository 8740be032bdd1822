package dev.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void iso_dates_keep_their_offset() {
        assertEquals(Instant.parse("2025-02-11T07:30:00Z"), Dates.parse("2025-02-11T08:30:00+01:00"));
        assertEquals(Instant.parse("2025-02-11T08:30:00Z"), Dates.parse("2025-02-11T08:30:00.000Z"));
        assertEquals(Instant.parse("2025-02-11T10:30:00Z"), Dates.parse("2025-02-11 08:30:00-0200"));
        assertEquals(Instant.parse("2025-02-11T00:00:00Z"), Dates.parse("2025-02-11"));
    }

    @Test
    void french_date_lines_read_with_or_without_accents() {
        assertEquals(Instant.parse("2025-02-07T00:00:00Z"), Dates.findHuman("Publié le vendredi 7 fevrier 2025 | Seneweb"));
        assertEquals(Instant.parse("2025-02-13T07:40:00Z"), Dates.findHuman("Publié le jeudi 13 février 2025 à 07h40"));
        assertEquals(Instant.parse("2025-02-08T10:35:00Z"), Dates.findHuman("Publié le 08/02/2025 à 10:35"));
        assertEquals(Instant.parse("2025-08-01T00:00:00Z"), Dates.findHuman("Mis à jour le 1er août 2025"));
    }

    @Test
    void english_date_lines_read_in_both_orders() {
        assertEquals(Instant.parse("2025-02-07T00:00:00Z"), Dates.findHuman("Published February 7, 2025"));
        assertEquals(Instant.parse("2019-11-20T17:27:00Z"), Dates.findHuman("Updated Nov. 20, 2019 5:27 pm"));
        assertEquals(Instant.parse("2025-03-07T00:00:00Z"), Dates.findHuman("7th March 2025"));
    }

    @Test
    void numbers_that_are_not_dates_give_nothing() {
        assertNull(Dates.findHuman("Il a vendu 300 tonnes pour 690 000 francs"));
        assertNull(Dates.parse("32/13/2025"));
        assertNull(Dates.parse(null));
    }
}
