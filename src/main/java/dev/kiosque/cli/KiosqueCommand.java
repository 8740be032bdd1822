package dev.kiosque.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code kiosque}: the text UI on a terminal, else the headlines. Its subcommands are registered
 * by {@link Subcommands}, only those a run needs.
 */
@Command(name = "kiosque", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"A terminal news reader for slow, expensive and flaky links.",
                "Without a command: the text UI when stdout is a terminal, else the headlines."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure", "2:usage or configuration error",
                "3:partial (some feeds failed or were left out by the budget, others refreshed)"})
final class KiosqueCommand extends BaseCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    Context context;

    @Override
    public Integer call() throws Exception {
        if (context.terminal.stdoutTty() && context.terminal.stdinTty()) {
            return new TuiCommand().run(context);
        }
        return new HeadlinesCommand().run(context);
    }
}
