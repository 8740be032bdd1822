package dev.kiosque.cli;

import dev.kiosque.app.LocalLibrary;
import dev.kiosque.app.RefreshRequest;
import dev.kiosque.cli.output.HeadlineFormat;
import dev.kiosque.cli.output.Style;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.Section;
import dev.kiosque.text.Fold;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosque headlines}: stored items, for reading or for scripts. */
@Command(name = "headlines", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List stored headlines by section (no network unless --refresh).",
                "TSV columns: id, section, feed, published, title, link, author, read, starred, categories."})
final class HeadlinesCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--section", paramLabel = "S", description = "only this section (repeatable)")
    List<String> sections = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "NAME", description = "only this feed, by name or URL (repeatable)")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--unread", description = "only unread items")
    boolean unread;

    @Option(names = "--starred", description = "only starred items")
    boolean starred;

    @Option(names = "--since", paramLabel = "WHEN", description = "only items published since: 2d, 12h, or a date like 2025-02-07")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "at most N items")
    int limit;

    @Option(names = "--search", paramLabel = "WORDS", description = "words in the title or summary (case and accents ignored)")
    String search;

    @Option(names = "--format", paramLabel = "FMT", description = "plain, tsv, json, jsonl or markdown (default: plain)")
    HeadlineFormat format = HeadlineFormat.PLAIN;

    @Option(names = "--refresh", description = "refresh these feeds first")
    boolean refresh;

    @Override
    public Integer call() throws Exception {
        return run(ctx());
    }

    int run(Context ctx) throws Exception {
        if (limit < 0) throw new CliException("--limit must be 0 or more", ExitCodes.USAGE);
        LocalLibrary library = ctx.library();
        // Section names come from the config: counting items per section would cost a query on every run.
        List<String> configured = library.config().sections().stream().map(Section::name).toList();
        checkSections(configured);
        int code = ExitCodes.OK;
        if (refresh && !ctx.options.offline) {
            var report = library.refresh(new RefreshRequest(sections, feeds, false, 0), dev.kiosque.app.RefreshListener.NONE);
            RefreshCommand.printFailures(ctx, report);
            code = RefreshCommand.exitCode(report);
        }
        HeadlineQuery query = new HeadlineQuery(sections, feeds, unread, starred, parseSince(since, Clock.systemUTC()), limit, search);
        query = query.withDetail(format.detail());       // read no field the format does not print
        List<Headline> items = library.headlines(query);
        if (format == HeadlineFormat.PLAIN || format == HeadlineFormat.MARKDOWN) {
            items = bySection(items, configured);
        }
        format.write(items, ctx.out, new Style(ctx.color(), ZoneId.systemDefault(), ctx.terminal.columns()));
        return code == ExitCodes.FAILURE ? ExitCodes.PARTIAL : code;
    }

    /** Groups items by section in config order, newest first inside each (the order within a section is kept). */
    static List<Headline> bySection(List<Headline> items, List<String> order) {
        // One bucket per configured section and one for the rest, filled in order: linear, where a
        // sort compared 15 000 items ~200 000 times.
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) ranks.put(order.get(i), i);   // first wins, as indexOf
        List<List<Headline>> buckets = new ArrayList<>(order.size() + 1);
        for (int i = 0; i <= order.size(); i++) buckets.add(new ArrayList<>());
        for (Headline h : items) buckets.get(ranks.getOrDefault(h.section(), order.size())).add(h);
        List<Headline> sorted = new ArrayList<>(items.size());
        for (List<Headline> bucket : buckets) sorted.addAll(bucket);
        return sorted;
    }

    private void checkSections(List<String> known) {
        for (String s : sections) {
            if (known.stream().noneMatch(k -> Fold.of(k).equals(Fold.of(s)))) {
                throw new CliException("no section '" + s + "' (sections: " + String.join(", ", known) + ")", ExitCodes.USAGE);
            }
        }
    }

    /** Parses {@code 2d}/{@code 12h}/{@code 30m} (ago) or a date {@code 2025-02-07} (local midnight). */
    static Instant parseSince(String text, Clock clock) {
        if (text == null || text.isBlank()) return null;
        try {
            return clock.instant().minus(dev.kiosque.text.Durations.parse(text));
        } catch (IllegalArgumentException e) {
            try {
                return LocalDate.parse(text.trim()).atStartOfDay(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e2) {
                throw new CliException("--since takes a duration like 2d or a date like 2025-02-07, not '" + text + "'", ExitCodes.USAGE);
            }
        }
    }
}
