package dev.kiosque.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The article dates of {@link Labels} for every month and weekday, for {@code LocaleDataTest}. */
public final class LabelsProbe {

    private LabelsProbe() {}

    /** One line per date and locale. */
    public static List<String> lines(List<Locale> locales) {
        List<String> out = new ArrayList<>();
        for (Locale locale : locales) {
            Labels labels = Labels.of(locale);
            for (int month = 1; month <= 12; month++) {
                for (int day = 1; day <= 7; day++) {   // seven days: every weekday once
                    LocalDate date = LocalDate.of(2026, month, day);
                    out.add("article " + locale + " " + labels.date(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
                }
            }
        }
        return out;
    }
}
