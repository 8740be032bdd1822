package dev.kiosque.cli;

import dev.kiosque.tui.TuiApp;
import dev.kiosque.tui.TuiOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kiosque tui}: the full-screen reader; headlines instead when stdout is not a terminal. */
@Command(name = "tui", mixinStandardHelpOptions = true,
        description = {"Open the full-screen reader (press ? inside for the keys).",
                "When stdout is not a terminal, print the headlines instead."})
final class TuiCommand extends BaseCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        return run(ctx());
    }

    int run(Context ctx) throws Exception {
        if (!ctx.terminal.stdoutTty() || !ctx.terminal.stdinTty()) {
            return new HeadlinesCommand().run(ctx);
        }
        var library = ctx.library();
        ctx.out.flush();
        ctx.err.flush();
        return TuiApp.run(library, new TuiOptions(ctx.color(), ctx.locale(), ctx.options.offline, ctx.env));
    }
}
