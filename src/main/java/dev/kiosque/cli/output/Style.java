package dev.kiosque.cli.output;

import java.time.ZoneId;

/**
 * How to dress output: ANSI colours or none, the zone for human dates, the terminal width.
 * Scripts get {@code colour=false} and stable text.
 */
public record Style(boolean color, ZoneId zone, int columns) {
    private static final String RESET = "\033[0m";

    public String bold(String s) {
        return color ? "\033[1m" + s + RESET : s;
    }

    public String dim(String s) {
        return color ? "\033[2m" + s + RESET : s;
    }

    public String cyan(String s) {
        return color ? "\033[36m" + s + RESET : s;
    }

    public String red(String s) {
        return color ? "\033[31m" + s + RESET : s;
    }
}
