package dev.kiosque.cli;

import dev.kiosque.config.FeedsFileEditor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kiosque feeds remove NAME}: remove a feed from feeds.yaml, keeping the rest as it is. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove a feed from feeds.yaml by name or URL (its stored items are kept, hidden).")
final class FeedsRemoveCommand extends BaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "the feed's configured name or URL")
    String name;

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        ctx.config();
        Path file = ctx.configFile();
        if (!FeedsFileEditor.removeFeed(file, name)) {
            throw new CliException("no feed named '" + name + "' in " + file + " (see 'kiosque feeds list')", ExitCodes.USAGE);
        }
        ctx.err.println("removed " + name + " from " + file);
        return ExitCodes.OK;
    }
}
