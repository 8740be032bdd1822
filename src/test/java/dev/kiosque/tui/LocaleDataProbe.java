package dev.kiosque.tui;

import dev.kiosque.render.LabelsProbe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints every date kiosque writes with the JDK's locale data (the TUI's date column, the article
 * date), for {@code LocaleDataTest}, which runs it under two locale providers and compares.
 */
public final class LocaleDataProbe {

    private LocaleDataProbe() {}

    public static void main(String[] args) {
        List<Locale> locales = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.US, Locale.FRANCE, Locale.getDefault());
        List<String> out = new ArrayList<>();
        Instant now = LocalDate.of(2026, 11, 29).atTime(12, 0).toInstant(ZoneOffset.UTC);
        for (Locale locale : locales) {
            DateColumn column = DateColumn.of(ZoneOffset.UTC, locale, now);
            out.add("width " + locale + " " + column.cells());
            for (int month = 1; month <= 12; month++) {
                for (int year : new int[] {2026, 2024}) {
                    Instant when = LocalDate.of(year, month, 28).atTime(9, 5).toInstant(ZoneOffset.UTC);
                    out.add("column " + locale + " " + column.date(when));
                }
            }
        }
        out.addAll(LabelsProbe.lines(locales));
        System.out.print(String.join("\n", out) + "\n");
    }
}
