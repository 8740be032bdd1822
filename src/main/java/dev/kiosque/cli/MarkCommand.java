package dev.kiosque.cli;

import dev.kiosque.model.MarkRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiosque mark}: change read and starred state, for scripts. */
@Command(name = "mark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Mark items read, unread, starred or unstarred: by id, a whole section, a feed, or everything.")
final class MarkCommand extends BaseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "read|unread|star|unstar", description = "what to do")
    String what;

    @Parameters(index = "1..*", paramLabel = "ID", description = "item ids (from 'kiosque headlines')")
    List<Long> ids = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Scope scope;

    static final class Scope {
        @Option(names = "--section", paramLabel = "S", description = "every item of this section")
        String section;

        @Option(names = "--feed", paramLabel = "NAME", description = "every item of this feed (name or URL)")
        String feed;

        @Option(names = "--all", description = "every item")
        boolean all;
    }

    @Override
    public Integer call() throws Exception {
        MarkRequest.Op op = op(what);
        MarkRequest request;
        if (!ids.isEmpty()) {
            if (scope != null) throw new CliException("give item ids or one of --section/--feed/--all, not both", ExitCodes.USAGE);
            request = MarkRequest.items(op, ids);
        } else if (scope == null) {
            throw new CliException("say which items: ids, --section S, --feed NAME or --all", ExitCodes.USAGE);
        } else if (scope.section != null) {
            request = MarkRequest.section(op, scope.section);
        } else if (scope.feed != null) {
            request = MarkRequest.feed(op, scope.feed);
        } else {
            request = MarkRequest.everything(op);
        }
        Context ctx = ctx();
        int changed = ctx.library().mark(request);
        ctx.err.println(changed + (changed == 1 ? " item" : " items") + " marked " + what.toLowerCase(Locale.ROOT));
        return ExitCodes.OK;
    }

    private static MarkRequest.Op op(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "read" -> MarkRequest.Op.READ;
            case "unread" -> MarkRequest.Op.UNREAD;
            case "star" -> MarkRequest.Op.STAR;
            case "unstar" -> MarkRequest.Op.UNSTAR;
            default -> throw new CliException("mark takes read, unread, star or unstar, not '" + word + "'", ExitCodes.USAGE);
        };
    }
}
