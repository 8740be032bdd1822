package dev.kiosque.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link MinuteFormat} writes what the formatter it replaces wrote (issue 6). */
class MinuteFormatTest {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Paris"),
            ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Kiritimati"),
            ZoneOffset.ofHoursMinutes(-9, -30));

    @Property(tries = 500)
    void the_same_text_as_the_formatter(@ForAll @LongRange(min = -70_000_000_000_000L, max = 300_000_000_000_000L) long millis) {
        Instant instant = Instant.ofEpochMilli(millis);
        for (ZoneId zone : ZONES) {
            assertEquals(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(zone).format(instant),
                    new MinuteFormat(zone).format(instant), instant + " " + zone);
        }
    }

    @Property(tries = 50)
    void one_format_for_a_whole_listing_gives_the_same_text(@ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (ZoneId zone : ZONES) {
            MinuteFormat minutes = new MinuteFormat(zone);
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(zone);
            long millis = 1_700_000_000_000L + random.nextInt(1_000_000_000);
            for (int i = 0; i < 200; i++) {
                // mostly minutes apart, newest first as listed, sometimes a jump to any time
                millis = random.nextInt(10) == 0 ? random.nextLong() % 300_000_000_000_000L
                        : millis - random.nextInt(3_600_000);
                Instant instant = Instant.ofEpochMilli(millis);
                assertEquals(formatter.format(instant), minutes.format(instant), instant + " " + zone);
            }
        }
    }

    @Test
    void edges() {
        for (String at : List.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "-0001-12-31T23:00:00Z",
                "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2025-03-30T01:30:00Z", "2025-10-26T00:59:59.999Z")) {
            Instant instant = Instant.parse(at);
            for (ZoneId zone : ZONES) {
                assertEquals(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(zone).format(instant),
                        new MinuteFormat(zone).format(instant), at + " " + zone);
            }
        }
    }
}
