package dev.kiosque.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many refresh workers parse at once: one per core, at least one, never more than the workers. */
class RefresherTest {

    @Test
    void parsers_are_bounded_by_the_cores_and_the_jobs() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(1, Refresher.parsers(1));
        assertEquals(1, Refresher.parsers(0));
        assertEquals(Math.min(cores, 16), Refresher.parsers(16));
        assertEquals(Math.min(cores, 2), Refresher.parsers(2));
    }
}
