package dev.kiosque.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 5: the update period a feed announces (RSS ttl, sy:updatePeriod/updateFrequency). */
class UpdateHintsTest {

    private static Duration of(String xml) {
        return UpdateHints.period(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rss_ttl_is_in_minutes() {
        assertEquals(Duration.ofMinutes(90), of("<rss><channel><title>x</title><ttl>90</ttl><item/></channel></rss>"));
    }

    @Test
    void update_period_is_divided_by_its_frequency_whatever_the_prefix() {
        assertEquals(Duration.ofMinutes(30), of("<rss><channel><sy:updatePeriod>hourly</sy:updatePeriod>"
                + "<sy:updateFrequency>2</sy:updateFrequency></channel></rss>"));
        assertEquals(Duration.ofDays(1), of("<rdf:RDF><channel><syn:updatePeriod> daily </syn:updatePeriod></channel></rdf:RDF>"));
    }

    @Test
    void with_both_the_longer_wins() {
        assertEquals(Duration.ofHours(1), of("<channel><ttl>15</ttl><sy:updatePeriod>hourly</sy:updatePeriod></channel>"));
    }

    @Test
    void hints_inside_items_nonsense_and_absence_give_nothing() {
        assertNull(of("<rss><channel><item><ttl>60</ttl></item></channel></rss>"));
        assertNull(of("<rss><channel><ttl>0</ttl><sy:updatePeriod>sometimes</sy:updatePeriod></channel></rss>"));
        assertNull(of("<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>"));
        assertNull(UpdateHints.period(new byte[0]));
    }

    @Test
    void a_frequency_of_zero_is_taken_as_once_per_period() {
        assertEquals(Duration.ofDays(7), of("<channel><sy:updatePeriod>weekly</sy:updatePeriod>"
                + "<sy:updateFrequency>0</sy:updateFrequency></channel>"));
    }
}
