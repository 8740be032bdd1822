package dev.kiosque.cli.output;

import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.text.PlainText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The output formats of {@code kiosque headlines}, all produced from the same {@link Headline}s. */
public enum HeadlineFormat {
    PLAIN {
        @Override
        public void write(List<Headline> items, PrintWriter out, Style style) {
            PlainRows rows = new PlainRows(items, out, style);
            // One call per row, not one loop body: a method called thousands of times is compiled
            // (C1) after a few hundred calls, where a loop run once stays interpreted (issue 6).
            for (Headline h : items) rows.add(h);
            rows.finish();
        }
    },
    TSV {
        @Override
        public void write(List<Headline> items, PrintWriter out, Style style) {
            for (Headline h : items) out.println(tsvRow(h));    // a call per row: compiled, see PLAIN
            out.flush();
        }
    },
    JSON {
        @Override
        public void write(List<Headline> items, PrintWriter out, Style style) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Headline h : items) list.add(object(h));
            out.println(Json.pretty(list));
            out.flush();
        }
    },
    JSONL {
        @Override
        public void write(List<Headline> items, PrintWriter out, Style style) {
            for (Headline h : items) out.println(Json.line(object(h)));
            out.flush();
        }
    },
    MARKDOWN {
        @Override
        public void write(List<Headline> items, PrintWriter out, Style style) {
            MinuteFormat dates = new MinuteFormat(style.zone());
            String section = null;
            for (Headline h : items) {
                if (!Objects.equals(section, h.section())) {
                    if (section != null) out.println();
                    section = h.section();
                    out.println("## " + Markdown.escape(clean(section)));
                    out.println();
                }
                String title = Markdown.escape(clean(h.title()));
                String linked = h.link() == null ? title : "[" + title + "](" + Markdown.url(h.link()) + ")";
                String meta = clean(h.feed()) + (h.published() == null ? "" : ", " + dates.format(h.published()));
                out.println("- " + linked + " — " + Markdown.escape(meta));
            }
            out.flush();
        }
    };

    /** Widest source column in plain output, in terminal columns. */
    static final int SOURCE_COLUMNS = 22;

    /** Writes {@code items} to {@code out}. */
    public abstract void write(List<Headline> items, PrintWriter out, Style style);

    /**
     * What the format prints of each item, so that the store reads no more: plain shows titles,
     * markdown and TSV everything but the summary, JSON everything.
     */
    public HeadlineQuery.Detail detail() {
        return switch (this) {
            case PLAIN -> HeadlineQuery.Detail.TITLES;
            case TSV, MARKDOWN -> HeadlineQuery.Detail.NO_SUMMARY;
            case JSON, JSONL -> HeadlineQuery.Detail.FULL;
        };
    }

    /** The JSON object of one headline, keys in the documented order. */
    static Map<String, Object> object(Headline h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("section", Json.text(h.section()));
        m.put("feed", Json.text(h.feed()));
        m.put("title", Json.text(h.title()));
        m.put("link", Json.text(h.link()));
        m.put("author", Json.text(h.author()));
        m.put("published", Json.date(h.published()));
        m.put("summary", Json.text(h.summary()));
        m.put("categories", h.categories().stream().map(Json::text).toList());
        m.put("read", h.read());
        m.put("starred", h.starred());
        return m;
    }

    /** One TSV line, without its line end. */
    private static String tsvRow(Headline h) {
        return String.join("\t", List.of(String.valueOf(h.id()), tsv(h.section()), tsv(h.feed()),
                tsv(Json.date(h.published())), tsv(h.title()), tsv(h.link()), tsv(h.author()),
                h.read() ? "1" : "0", h.starred() ? "1" : "0", tsv(String.join(", ", h.categories()))));
    }

    static String clean(String s) {
        return s == null ? "" : PlainText.line(s);
    }

    private static String tsv(String s) {
        return s == null ? "" : PlainText.line(s).replace('\t', ' ');
    }
}
