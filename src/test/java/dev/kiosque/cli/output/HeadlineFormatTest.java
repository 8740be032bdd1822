package dev.kiosque.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiosque.model.Headline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain and TSV text of {@code headlines}, byte for byte. */
class HeadlineFormatTest {

    private static final Instant T = Instant.parse("2025-02-07T09:05:00Z");
    private static final List<Headline> ITEMS = List.of(
            new Headline(1, "Politique", "Le Monde", "Budget  adopté", "https://a.example/1", "A", T, null,
                    List.of("x", "y"), false, false),
            new Headline(2, "Politique", "Une source au nom bien trop long pour la colonne", "Lu", null, null, null,
                    null, List.of(), true, true),
            new Headline(3, "Sport", "Le Monde", "CAN\tU20", "https://a.example/3", null, T.plusSeconds(3600), null,
                    List.of(), true, false));

    @Test
    void plain_rows_without_colour() {
        String nl = System.lineSeparator();
        assertEquals("Politique" + nl
                + "  2025-02-07 09:05  Le Monde                Budget adopté" + nl
                + "                    Une source au nom bie…  Lu" + nl
                + nl
                + "Sport" + nl
                + "  2025-02-07 10:05  Le Monde                CAN U20" + nl, write(HeadlineFormat.PLAIN, ITEMS, false));
    }

    @Test
    void plain_rows_with_colour_show_unread_titles_in_bold() {
        String nl = System.lineSeparator();
        String text = write(HeadlineFormat.PLAIN, ITEMS.subList(0, 2), true);
        assertEquals("\033[1mPolitique\033[0m" + nl
                + "  \033[2m2025-02-07 09:05\033[0m  \033[36mLe Monde              \033[0m  \033[1mBudget adopté\033[0m" + nl
                + "  \033[2m                \033[0m  \033[36mUne source au nom bie…\033[0m  Lu" + nl, text);
    }

    @Test
    void plain_output_of_many_rows_is_written_whole() {
        List<Headline> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(new Headline(i, "S" + (i / 1000), "Feed " + (i % 7), "Titre numéro " + i, null, null,
                    T.minusSeconds(60L * i), null, List.of(), i % 2 == 0, false));
        }
        String text = write(HeadlineFormat.PLAIN, many, false);
        String nl = System.lineSeparator();
        assertEquals(5000 + 5 + 4, text.split(nl, -1).length - 1);
        assertEquals(true, text.endsWith("Titre numéro 4999" + nl));
    }

    @Test
    void tsv_rows() {
        assertEquals("1\tPolitique\tLe Monde\t2025-02-07T09:05:00Z\tBudget adopté\thttps://a.example/1\tA\t0\t0\tx, y\n"
                + "2\tPolitique\tUne source au nom bien trop long pour la colonne\t\tLu\t\t\t1\t1\t\n"
                + "3\tSport\tLe Monde\t2025-02-07T10:05:00Z\tCAN U20\thttps://a.example/3\t\t1\t0\t\n",
                write(HeadlineFormat.TSV, ITEMS, false).replace(System.lineSeparator(), "\n"));
    }

    private static String write(HeadlineFormat format, List<Headline> items, boolean color) {
        StringWriter text = new StringWriter();
        format.write(items, new PrintWriter(text), new Style(color, ZoneOffset.UTC, 80));
        return text.toString();
    }
}
