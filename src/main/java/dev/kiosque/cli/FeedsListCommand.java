package dev.kiosque.cli;

import dev.kiosque.cli.output.Json;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.FeedSummary;
import dev.kiosque.model.SectionSummary;
import dev.kiosque.text.PlainText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosque feeds list}: every configured source with its section and state. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the configured feeds: section, name, URL, items, unread, last error.",
                "TSV columns: section, name, url, type, items, unread, last error."})
final class FeedsListCommand extends BaseCommand implements Callable<Integer> {

    enum Format { PLAIN, TSV, JSON }

    @Option(names = "--format", paramLabel = "FMT", description = "plain, tsv or json (default: plain)")
    Format format = Format.PLAIN;

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        var library = ctx.library();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<SectionSummary> sections = library.sections();
        for (FeedRef ref : library.config().feeds()) {
            FeedSummary s = sections.stream().flatMap(x -> x.feeds().stream())
                    .filter(f -> f.url().equals(ref.url())).findFirst().orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("section", ref.section());
            row.put("name", Json.text(s != null ? s.name() : ref.name() != null ? ref.name() : ref.url()));
            row.put("url", ref.url());
            row.put("type", ref.kind().name().toLowerCase(java.util.Locale.ROOT));
            row.put("items", s == null ? 0 : s.items());
            row.put("unread", s == null ? 0 : s.unread());
            row.put("lastFetched", s == null ? null : Json.date(s.lastFetched()));
            row.put("lastError", s == null ? null : Json.text(s.lastError()));
            rows.add(row);
        }
        switch (format) {
            case JSON -> ctx.out.println(Json.pretty(rows));
            case TSV -> rows.forEach(r -> ctx.out.println(String.join("\t", str(r.get("section")), str(r.get("name")),
                    str(r.get("url")), str(r.get("type")), str(r.get("items")), str(r.get("unread")), str(r.get("lastError")))));
            case PLAIN -> {
                String section = null;
                for (Map<String, Object> r : rows) {
                    if (!r.get("section").equals(section)) {
                        section = (String) r.get("section");
                        ctx.out.println(PlainText.line(section));
                    }
                    String error = r.get("lastError") == null ? "" : "  failed: " + r.get("lastError");
                    ctx.out.println("  " + r.get("name") + "  <" + r.get("url") + ">  " + r.get("items") + " items, "
                            + r.get("unread") + " unread" + error);
                }
            }
        }
        ctx.out.flush();
        return ExitCodes.OK;
    }

    private static String str(Object o) {
        return o == null ? "" : PlainText.line(o.toString()).replace('\t', ' ');
    }
}
