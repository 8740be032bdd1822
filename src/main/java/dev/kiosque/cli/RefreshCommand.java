package dev.kiosque.cli;

import dev.kiosque.app.FeedOutcome;
import dev.kiosque.app.RefreshListener;
import dev.kiosque.app.RefreshReport;
import dev.kiosque.app.RefreshRequest;
import dev.kiosque.model.Traffic;
import dev.kiosque.text.Durations;
import dev.kiosque.text.PlainText;
import dev.kiosque.text.Sizes;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosque refresh}: fetch the feeds, store what is new. */
@Command(name = "refresh", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fetch the configured feeds and store new items.",
                "Feeds that are not due (server hints, backoff) are not requested; --force overrides.",
                "Exit 0 when all went well, 3 when some feeds failed or the budget left some out, 1 when all failed."})
final class RefreshCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--section", paramLabel = "S", description = "only this section (repeatable)")
    List<String> sections = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "NAME", description = "only this feed, by name or URL (repeatable)")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--articles", description = "also fetch the articles of unread items, for offline reading")
    boolean articles;

    @Option(names = "--jobs", paramLabel = "N", description = "feeds fetched at once (default: settings.jobs)")
    int jobs;

    @Option(names = "--force", description = "also fetch feeds that are not due yet (server hints, backoff)")
    boolean force;

    @Option(names = "--budget", paramLabel = "SIZE",
            description = "download at most this much in this refresh, e.g. 5MB (also capped by settings.budget-per-day)")
    String budget;

    @Option(names = "--deadline", paramLabel = "TIME",
            description = "stop the whole refresh after this long, e.g. 2m (default: settings.deadline)")
    String deadline;

    @Option(names = {"-q", "--quiet"}, description = "print only failures")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        return run(ctx());
    }

    int run(Context ctx) throws Exception {
        if (jobs < 0) throw new CliException("--jobs must be 1 or more", ExitCodes.USAGE);
        if (ctx.options.offline) throw new CliException("refresh needs the network; drop --offline", ExitCodes.USAGE);
        long budgetBytes = budgetBytes();
        Duration deadlineTime = deadlineTime();
        var library = ctx.library();
        if (library.config().select(sections, feeds).findAny().isEmpty()) {
            throw new CliException("no feed matches " + describe(), ExitCodes.USAGE);
        }
        RefreshListener progress = quiet ? RefreshListener.NONE
                : ctx.terminal.stderrTty() ? new ProgressBar(ctx.err) : new FeedLines(ctx.err);
        RefreshRequest request = new RefreshRequest(sections, feeds, articles, jobs, force, budgetBytes, deadlineTime);
        RefreshReport report = library.refresh(request, progress);
        if (progress instanceof ProgressBar bar) bar.clear();
        if (!quiet) {
            ctx.err.println(summary(report));
            ctx.err.println(ledgerLine(report));
        }
        printFailures(ctx, report);
        ctx.err.flush();
        return exitCode(report);
    }

    private long budgetBytes() {
        if (budget == null) return 0;
        try {
            long bytes = Sizes.parse(budget);
            if (bytes > 0) return bytes;
        } catch (IllegalArgumentException e) {
            // reported below, with the option's name
        }
        throw new CliException("--budget must be a size such as 500KB or 5MB, got '" + budget + "'", ExitCodes.USAGE);
    }

    private Duration deadlineTime() {
        if (deadline == null) return null;
        try {
            Duration d = Durations.parse(deadline);
            if (!d.isZero()) return d;
        } catch (IllegalArgumentException e) {
            // reported below, with the option's name
        }
        throw new CliException("--deadline must be a duration such as 90s or 5m, got '" + deadline + "'", ExitCodes.USAGE);
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        sections.forEach(s -> parts.add("--section " + s));
        feeds.forEach(f -> parts.add("--feed " + f));
        return String.join(" ", parts);
    }

    static int exitCode(RefreshReport report) {
        if (report.allFailed()) return ExitCodes.FAILURE;
        return report.count(FeedOutcome.Status.FAILED) > 0 || report.skippedAny() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    static String summary(RefreshReport r) {
        return String.format(Locale.ROOT,
                "%d feeds in %s: %d ok, %d not modified, %d not due, %d skipped, %d failed; %d new items; %s received",
                r.outcomes().size(), Durations.format(r.took()), r.count(FeedOutcome.Status.OK),
                r.count(FeedOutcome.Status.NOT_MODIFIED), r.count(FeedOutcome.Status.NOT_DUE),
                r.count(FeedOutcome.Status.SKIPPED), r.count(FeedOutcome.Status.FAILED), r.added(),
                Sizes.format(r.wireBytes()));
    }

    /** The run's byte ledger, in the terms of {@code kiosque stats}. */
    static String ledgerLine(RefreshReport r) {
        Traffic t = r.traffic();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "bytes: %s received in %d requests; %d not modified saved %s; compression saved %s",
                Sizes.format(t.wireBytes()), t.requests(), t.notModified(), Sizes.format(t.savedByNotModified()),
                Sizes.format(t.savedByCompression())));
        if (r.articleTraffic().requests() > 0 || r.prefetched() > 0) {
            line.append(String.format(Locale.ROOT, "; %d articles kept for offline reading (%s for pages)",
                    r.prefetched(), Sizes.format(r.articleTraffic().wireBytes())));
        }
        if (r.budget() > 0) {
            line.append(String.format(Locale.ROOT, "; budget %s: %d feeds and %d articles left out",
                    Sizes.format(r.budget()), r.count(FeedOutcome.Status.SKIPPED), r.articlesOverBudget()));
        }
        return line.toString();
    }

    static void printFailures(Context ctx, RefreshReport report) {
        for (FeedOutcome o : report.outcomes()) {
            if (o.status() == FeedOutcome.Status.FAILED) {
                ctx.err.println("failed: " + PlainText.line(o.name()) + ": " + PlainText.line(o.error()));
            } else if (o.status() == FeedOutcome.Status.SKIPPED) {
                ctx.err.println("skipped: " + PlainText.line(o.name()) + ": " + PlainText.line(o.error()));
            }
        }
    }

    /** One line per feed, for logs and cron mail. */
    static final class FeedLines implements RefreshListener {
        private final PrintWriter err;

        FeedLines(PrintWriter err) {
            this.err = err;
        }

        /** Formats outside the lock: workers wait here instead of fetching their next feed. */
        @Override
        public void feedDone(FeedOutcome o) {
            String name = PlainText.line(o.name());
            String line = switch (o.status()) {
                case OK -> String.format(Locale.ROOT, "ok            %4d new  %9s  %s", o.added(), Sizes.format(o.wireBytes()), name)
                        + (o.error() == null ? "" : ": " + PlainText.line(o.error()));
                case NOT_MODIFIED -> String.format(Locale.ROOT, "not modified            %9s  %s", Sizes.format(o.wireBytes()), name);
                case NOT_DUE -> "not due                            " + name + ": " + PlainText.line(o.error());
                case SKIPPED -> "skipped                            " + name + ": " + PlainText.line(o.error());
                case FAILED -> "failed                             " + name + ": " + PlainText.line(o.error());
            };
            synchronized (this) {
                err.println(line);
                err.flush();
            }
        }
    }

    /** A progress bar redrawn in place on a terminal's stderr. */
    static final class ProgressBar implements RefreshListener {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(int total) {
            this.total = total;
            draw(0);
        }

        @Override
        public void feedDone(FeedOutcome outcome) {
            draw(done.incrementAndGet());
        }

        private synchronized void draw(int n) {
            int filled = total == 0 ? WIDTH : n * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + n + "/" + total + " feeds");
            err.flush();
        }

        synchronized void clear() {
            err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
            err.flush();
        }
    }
}
