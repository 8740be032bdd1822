package dev.kiosque.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many refresh workers parse or save at once: one per core and one more, at least one, never more than the workers. */
class RefresherTest {

    @Test
    void parsers_are_bounded_by_the_cores_and_the_jobs() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(1, Refresher.parsers(1));
        assertEquals(1, Refresher.parsers(0));
        assertEquals(Math.min(cores + 1, 16), Refresher.parsers(16));
        assertEquals(Math.min(cores + 1, 2), Refresher.parsers(2));
        assertEquals(Math.min(cores + 1, 64), Refresher.parsers(64));
    }
}
