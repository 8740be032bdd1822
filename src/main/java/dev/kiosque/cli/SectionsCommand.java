package dev.kiosque.cli;

import dev.kiosque.cli.output.Json;
import dev.kiosque.cli.output.Style;
import dev.kiosque.model.FeedSummary;
import dev.kiosque.model.SectionSummary;
import dev.kiosque.text.PlainText;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosque sections}: each section with its feeds, items and unread counts. */
@Command(name = "sections", mixinStandardHelpOptions = true,
        description = "List the sections with their feeds, items and unread counts.")
final class SectionsCommand extends BaseCommand implements Callable<Integer> {

    enum Format { PLAIN, TSV, JSON }

    @Option(names = "--format", paramLabel = "FMT", description = "plain, tsv or json (default: plain)")
    Format format = Format.PLAIN;

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        List<SectionSummary> sections = ctx.library().sections();
        Style style = new Style(ctx.color(), ZoneId.systemDefault(), ctx.terminal.columns());
        switch (format) {
            case PLAIN -> {
                for (SectionSummary s : sections) {
                    ctx.out.println(style.bold(PlainText.line(s.name())) + String.format(Locale.ROOT,
                            "  %d %s, %d %s, %d unread", s.feeds().size(), s.feeds().size() == 1 ? "feed" : "feeds",
                            s.items(), s.items() == 1 ? "item" : "items", s.unread()));
                    for (FeedSummary f : s.feeds()) {
                        ctx.out.println(String.format(Locale.ROOT, "  %5d %5d  %s%s", f.items(), f.unread(),
                                PlainText.line(f.name()), f.lastError() == null ? "" : style.red("  (" + PlainText.line(f.lastError()) + ")")));
                    }
                }
            }
            case TSV -> sections.forEach(s -> ctx.out.println(String.join("\t", PlainText.line(s.name()),
                    String.valueOf(s.feeds().size()), String.valueOf(s.items()), String.valueOf(s.unread()))));
            case JSON -> ctx.out.println(Json.pretty(sections.stream().map(SectionsCommand::json).toList()));
        }
        ctx.out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(SectionSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("items", s.items());
        m.put("unread", s.unread());
        List<Map<String, Object>> feeds = new ArrayList<>();
        for (FeedSummary f : s.feeds()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", Json.text(f.name()));
            fm.put("url", f.url());
            fm.put("items", f.items());
            fm.put("unread", f.unread());
            fm.put("lastFetched", Json.date(f.lastFetched()));
            fm.put("lastError", Json.text(f.lastError()));
            feeds.add(fm);
        }
        m.put("feeds", feeds);
        return m;
    }
}
