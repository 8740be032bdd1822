package dev.kiosque.cli;

import dev.kiosque.app.CheckResult;
import dev.kiosque.app.Sources;
import dev.kiosque.config.Config;
import dev.kiosque.model.FeedRef;
import dev.kiosque.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;

/** {@code kiosque feeds check}: does every configured source answer with a readable feed? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Fetch every configured feed (nothing is stored) and say which work.",
                "Exit 0 when all do, 3 when some fail, 1 when all fail."})
final class FeedsCheckCommand extends BaseCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        if (ctx.options.offline) throw new CliException("checking feeds needs the network; drop --offline", ExitCodes.USAGE);
        Config config = ctx.config();
        Sources sources = ctx.sources();
        List<FeedRef> feeds = config.feeds();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(config.settings().jobs(), feeds.size())));
        int failed = 0;
        try {
            List<Future<CheckResult>> results = new ArrayList<>();
            for (FeedRef f : feeds) results.add(pool.submit(() -> sources.check(f)));
            for (Future<CheckResult> future : results) {
                CheckResult r = future.get();
                String name = PlainText.line(r.feed().name() != null ? r.feed().name() : r.feed().url());
                if (r.ok()) {
                    ctx.out.println("ok      " + name + "  (" + r.format() + ", " + r.items() + " items"
                            + (r.message() == null ? "" : "; " + r.message()) + ")");
                } else {
                    failed++;
                    ctx.out.println("failed  " + name + ": " + PlainText.line(r.message()));
                }
                ctx.out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        if (failed == 0) return ExitCodes.OK;
        return failed == feeds.size() ? ExitCodes.FAILURE : ExitCodes.PARTIAL;
    }
}
