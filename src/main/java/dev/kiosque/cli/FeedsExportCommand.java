package dev.kiosque.cli;

import dev.kiosque.config.Opml;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kiosque feeds export}: the subscriptions as OPML 2.0 on stdout. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the configured feeds as OPML 2.0 to stdout; sections become folders.")
final class FeedsExportCommand extends BaseCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        ctx.out.print(Opml.export(ctx.config()));
        ctx.out.flush();
        return ExitCodes.OK;
    }
}
