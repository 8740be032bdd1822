package dev.kiosque.cli;

import dev.kiosque.app.Discovered;
import dev.kiosque.app.SourceException;
import dev.kiosque.config.Config;
import dev.kiosque.config.FeedsFileEditor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiosque feeds add URL}: add a feed to feeds.yaml, keeping the rest of the file as it is. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a feed to feeds.yaml (comments and formatting are kept).",
                "A site's page is accepted too: the feed it declares is added."})
final class FeedsAddCommand extends BaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "URL", description = "feed URL, page URL or file path")
    String url;

    @Option(names = "--section", paramLabel = "S", description = "section to add it to (default: the first section)")
    String section;

    @Option(names = "--name", paramLabel = "NAME", description = "name to show instead of the feed's title")
    String name;

    @Option(names = "--no-check", description = "add it without fetching it first")
    boolean noCheck;

    @Override
    public Integer call() throws Exception {
        Context ctx = ctx();
        Config config = ctx.config();
        Path file = ctx.configFile();
        if (!url.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            // A path typed by the user is relative to where they stand, not to feeds.yaml's folder.
            url = ctx.workingDir.resolve(url).normalize().toString();
        }
        String target = noCheck || ctx.options.offline ? url : resolve(ctx);
        String into = section != null ? section : config.sections().get(0).name();
        FeedsFileEditor.addFeed(file, target, name, into);
        ctx.err.println("added " + target + " to section " + into + " in " + file);
        return ExitCodes.OK;
    }

    /** The feed to add: the URL itself when it is a feed, else the first feed its page declares. */
    private String resolve(Context ctx) throws Exception {
        try {
            ctx.sources().preview(url);
            return url;
        } catch (SourceException notAFeed) {
            try {
                List<Discovered> found = ctx.sources().discover(url);
                for (Discovered d : found) {
                    if (!"html".equals(d.type())) {
                        ctx.err.println("note: " + url + " is a page; adding the feed it offers: " + d.url());
                        return d.url();
                    }
                }
            } catch (SourceException unreachable) {
                // fall through: we could not check it, which is no reason to refuse it
            }
            ctx.err.println("warning: could not check " + url + " (" + notAFeed.getMessage() + "); adding it anyway");
            return url;
        }
    }
}
