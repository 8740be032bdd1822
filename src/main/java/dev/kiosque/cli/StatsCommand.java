package dev.kiosque.cli;

import dev.kiosque.app.LocalLibrary;
import dev.kiosque.cli.output.Json;
import dev.kiosque.model.FeedCost;
import dev.kiosque.model.Traffic;
import dev.kiosque.text.PlainText;
import dev.kiosque.text.Sizes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosque stats}: the byte ledger — what was downloaded, and what 304s and compression saved. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bytes received and saved: today, over 7 and 30 days, and the feeds that cost most.",
                "Saved by 304: the last full size of each resource that answered 'not modified'.",
                "Saved by compression: decoded size less bytes on the wire."})
final class StatsCommand extends BaseCommand implements Callable<Integer> {

    enum Format { PLAIN, JSON }

    /** The periods shown without --days: today, a week, a month. */
    static final List<Integer> PERIODS = List.of(1, 7, 30);
    /** How many of the costliest feeds are listed. */
    static final int TOP_FEEDS = 10;
    private static final int MAX_DAYS = 3660;

    @Option(names = "--days", paramLabel = "N", description = "only the last N days (1: today); the feeds list covers them too")
    Integer days;

    @Option(names = "--format", paramLabel = "FMT", description = "plain or json (default: plain)")
    Format format = Format.PLAIN;

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new CliException("--days must be between 1 and " + MAX_DAYS + ", got " + days, ExitCodes.USAGE);
        }
        LocalLibrary library = ctx.library();
        List<Integer> periods = days == null ? PERIODS : List.of(days);
        int span = periods.get(periods.size() - 1);
        List<FeedCost> costliest = library.costliestFeeds(span, TOP_FEEDS);
        if (format == Format.JSON) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int d : periods) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("days", d);
                row.putAll(json(library.traffic(d, false)));
                row.put("articles", json(library.traffic(d, true)));
                rows.add(row);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("periods", rows);
            doc.put("costliestDays", span);
            doc.put("costliest", costliest.stream().map(StatsCommand::json).toList());
            ctx.out.println(Json.pretty(doc));
        } else {
            plain(ctx, library, periods, span, costliest);
        }
        ctx.out.flush();
        return ExitCodes.OK;
    }

    private static void plain(Context ctx, LocalLibrary library, List<Integer> periods, int span, List<FeedCost> costliest) {
        ctx.out.println(String.format(Locale.ROOT, "%-8s %9s %6s %10s %13s %13s %10s",
                "period", "requests", "304s", "received", "saved by 304", "compression", "articles"));
        for (int d : periods) {
            Traffic t = library.traffic(d, false);
            Traffic a = library.traffic(d, true);
            ctx.out.println(String.format(Locale.ROOT, "%-8s %9d %6d %10s %13s %13s %10s", label(d), t.requests(),
                    t.notModified(), Sizes.format(t.wireBytes()), Sizes.format(t.savedByNotModified()),
                    Sizes.format(t.savedByCompression()), Sizes.format(a.wireBytes())));
        }
        ctx.out.println();
        if (costliest.isEmpty()) {
            ctx.out.println("No feed fetched " + (span == 1 ? "today." : "in the last " + span + " days."));
            return;
        }
        ctx.out.println("Feeds that cost most, " + label(span) + ":");
        for (FeedCost f : costliest) {
            Traffic t = f.traffic();
            ctx.out.println(String.format(Locale.ROOT, "%10s %5d req %4d × 304  %s", Sizes.format(t.wireBytes()),
                    t.requests(), t.notModified(), PlainText.line(f.name() != null ? f.name() : f.url())));
        }
    }

    private static String label(int days) {
        return days == 1 ? "today" : days + " days";
    }

    private static Map<String, Object> json(Traffic t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", t.requests());
        m.put("notModified", t.notModified());
        m.put("receivedBytes", t.wireBytes());
        m.put("decodedBytes", t.decodedBytes());
        m.put("savedByNotModified", t.savedByNotModified());
        m.put("savedByCompression", t.savedByCompression());
        return m;
    }

    private static Map<String, Object> json(FeedCost f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", Json.text(f.name()));
        m.put("url", f.url());
        m.putAll(json(f.traffic()));
        return m;
    }
}
