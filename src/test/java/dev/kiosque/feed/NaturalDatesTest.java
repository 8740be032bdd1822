package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The RFC 822 fast path reads every date it takes exactly as the token scanner does. */
class NaturalDatesTest {

    private static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mar", "Lun", "MON");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec", "JAN", "Fev", "Avr", "Déc");
    private static final List<String> ZONES = List.of("GMT", "+0000", "-0500", "+0530", "+2359", "+2400", "-0960", "+9999",
            "+00", "UTC", "EST", "Z", "+01:00", "gmt", "+000a");

    @Provide
    Arbitrary<String> rfc822() {
        Arbitrary<String> day = Arbitraries.integers().between(0, 45).map(d -> d < 10 && d % 2 == 0 ? "0" + d : String.valueOf(d));
        Arbitrary<String> year = Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y));
        Arbitrary<String> two = Arbitraries.integers().between(0, 61).map(v -> String.format("%02d", v));
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", " ", "  ", "");
        return Combinators.combine(List.of(Arbitraries.of(WEEKDAYS), day, Arbitraries.of(MONTHS), year, two, two, two,
                Arbitraries.of(ZONES), sep)).as(p -> p.get(0) + "," + p.get(8) + p.get(1) + " " + p.get(2) + " " + p.get(3)
                + " " + p.get(4) + ":" + p.get(5) + ":" + p.get(6) + " " + p.get(7));
    }

    @Property(tries = 3000)
    void the_fast_path_reads_what_the_scanner_reads(@ForAll("rfc822") String date) {
        assertEquals(NaturalDates.scanned(date), NaturalDates.parse(date), date);
    }

    @Test
    void the_usual_feed_date_takes_the_fast_path() {
        assertNotNull(NaturalDates.strictRfc822("Sun, 29 Nov 2026 03:35:00 +0000"));
        assertNotNull(NaturalDates.strictRfc822("Mon, 2 Feb 2026 03:35:00 GMT"));
        assertEquals(Instant.parse("2026-11-29T08:35:00Z"), Dates.parse("Sun, 29 Nov 2026 03:35:00 -0500"));
        assertEquals(Instant.parse("2026-02-02T03:35:00Z"), Dates.parse("Mon, 2 Feb 2026 03:35:00 GMT"));
    }

    @Test
    void every_weekday_and_month_reads_the_same_both_ways() {
        for (String w : List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")) {
            for (String m : MONTHS.subList(0, 12)) {
                for (String z : List.of("GMT", "+0100", "-1130")) {
                    String date = w + ", 7 " + m + " 2025 23:59:59 " + z;
                    assertNotNull(NaturalDates.strictRfc822(date), date);
                    assertEquals(NaturalDates.scanned(date), NaturalDates.parse(date), date);
                }
            }
        }
    }
}
