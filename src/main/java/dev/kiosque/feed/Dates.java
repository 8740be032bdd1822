package dev.kiosque.feed;

import java.time.Instant;

/** Dates as feeds and pages really write them; unparseable means null, never an error. */
public final class Dates {
    private Dates() {}

    public static Instant parse(String text) {
        throw new UnsupportedOperationException("TODO feed helper");
    }
}
