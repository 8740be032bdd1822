package dev.kiosque.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void without_hints_a_source_is_due_at_once() {
        assertNull(Schedule.afterSuccess(NOW, null, null));
        assertNull(Schedule.afterSuccess(NOW, Duration.ZERO, null));
    }

    @Test
    void the_longer_of_max_age_and_the_feed_period_wins() {
        assertEquals(NOW.plusSeconds(3600), Schedule.afterSuccess(NOW, Duration.ofMinutes(10), Duration.ofHours(1)));
        assertEquals(NOW.plusSeconds(7200), Schedule.afterSuccess(NOW, Duration.ofHours(2), Duration.ofHours(1)));
    }

    @Test
    void no_hint_keeps_a_source_away_more_than_a_day() {
        assertEquals(NOW.plus(Schedule.MAX_WAIT), Schedule.afterSuccess(NOW, Duration.ofDays(365), null));
        assertEquals(NOW.plus(Schedule.MAX_WAIT), Schedule.afterFailure(NOW, 1, Duration.ofDays(30)));
    }

    @Test
    void failures_back_off_exponentially_from_the_second_and_are_capped() {
        assertNull(Schedule.afterFailure(NOW, 1, null));
        assertEquals(Duration.ofMinutes(1), Schedule.backoff(2));
        assertEquals(Duration.ofMinutes(2), Schedule.backoff(3));
        assertEquals(Duration.ofMinutes(4), Schedule.backoff(4));
        assertEquals(Schedule.MAX_BACKOFF, Schedule.backoff(30));
        assertEquals(Schedule.MAX_BACKOFF, Schedule.backoff(Integer.MAX_VALUE));
    }

    @Test
    void retry_after_wins_when_longer_than_the_backoff() {
        assertEquals(NOW.plusSeconds(600), Schedule.afterFailure(NOW, 2, Duration.ofMinutes(10)));
        assertEquals(NOW.plusSeconds(60), Schedule.afterFailure(NOW, 2, Duration.ofSeconds(5)));
    }
}
