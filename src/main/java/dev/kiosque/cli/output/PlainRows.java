package dev.kiosque.cli.output;

import dev.kiosque.model.Headline;
import dev.kiosque.text.DisplayWidth;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of plain {@code headlines} output, added one call per item: a section title when the
 * section changes, then {@code date  source  title}, the source cut or padded to one width.
 */
final class PlainRows {
    /** Characters of output gathered before each write. */
    private static final int PAGE = 8192;
    private static final String NO_DATE = " ".repeat(16);

    private final PrintWriter out;
    private final Style style;
    private final MinuteFormat dates;
    private final Map<String, String> sources = new HashMap<>();
    /** What println writes. */
    private final String eol = System.lineSeparator();
    // Rows are gathered in one builder and written a few kilobytes at a time, not with "+" and
    // println: two writer calls per row cost more than the rows themselves at 15 000 items.
    private final StringBuilder page = new StringBuilder(PAGE + 256);
    private char[] chars = new char[PAGE + 256];
    private String section;

    /** Ready to write {@code items}, whose sources are cleaned and fitted to one width here, once each. */
    PlainRows(List<Headline> items, PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
        this.dates = new MinuteFormat(style.zone());
        // A few hundred feed names for thousands of items: clean and fit each name once.
        int widest = 0;
        for (Headline h : items) {
            if (!sources.containsKey(h.feed())) {
                String source = HeadlineFormat.clean(h.feed());
                sources.put(h.feed(), source);
                widest = Math.max(widest, DisplayWidth.of(source));
            }
        }
        int sourceWidth = Math.min(HeadlineFormat.SOURCE_COLUMNS, widest);
        for (Map.Entry<String, String> e : sources.entrySet()) e.setValue(Columns.fit(e.getValue(), sourceWidth));
    }

    /** Adds the row of {@code h}, after a section title when its section is not the previous row's. */
    void add(Headline h) {
        if (!Objects.equals(section, h.section())) {
            if (section != null) page.append(eol);
            section = h.section();
            page.append(style.bold(HeadlineFormat.clean(section))).append(eol);
        }
        String date = h.published() == null ? NO_DATE : dates.format(h.published());
        String title = HeadlineFormat.clean(h.title());
        page.append("  ").append(style.dim(date)).append("  ").append(style.cyan(sources.get(h.feed()))).append("  ")
                .append(h.read() ? title : style.bold(title)).append(eol);
        if (page.length() >= PAGE) writePage();
    }

    /** Writes what is left and flushes. */
    void finish() {
        writePage();
        out.flush();
    }

    private void writePage() {
        // through a char array, not toString(): the writer would copy a String into one anyway,
        // and a UTF-16 builder's toString() first tries to compress it to Latin-1
        int n = page.length();
        if (chars.length < n) chars = new char[n];
        page.getChars(0, n, chars, 0);
        out.write(chars, 0, n);
        page.setLength(0);
    }
}
