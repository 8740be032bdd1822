package dev.kiosque.cli.output;

import dev.kiosque.text.PlainText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON writer of every command, so that all JSON looks alike. */
public final class Json {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Json() {}

    /**
     * The mappers, made on first use: TSV and Markdown output use {@link #date} and {@link #text}
     * too, and making a mapper loads ~900 Jackson classes (a `headlines --format tsv` run took
     * ~0.1 s longer for them and its class-data archive held them all).
     */
    private static final class Mappers {
        static final ObjectMapper COMPACT = JsonMapper.builder().build();
        static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** One line of JSON (for jsonl). */
    public static String line(Object value) {
        return Mappers.COMPACT.writeValueAsString(value);
    }

    /** Indented JSON for people and scripts alike. */
    public static String pretty(Object value) {
        return Mappers.PRETTY.writeValueAsString(value);
    }

    /** ISO-8601 UTC with a Z, to the second; null stays null. */
    public static String date(Instant instant) {
        return instant == null ? null : UTC.format(instant);
    }

    /** Plain one-line text: controls removed, whitespace collapsed; null stays null. */
    public static String text(String s) {
        return PlainText.line(s);
    }
}
