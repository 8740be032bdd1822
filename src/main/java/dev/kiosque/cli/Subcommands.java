package dev.kiosque.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommand tree, registered lazily: a run gets only the subcommands its arguments name.
 *
 * <p>Why: picocli reflects over the annotations of every registered command, and its classes
 * cannot go into the launcher's class-data-sharing archive (picocli ships Java 5 class files), so
 * registering the 16 commands cost ~230 ms of every start. The arguments are scanned with the
 * parent's own option table; whenever the scan is not sure what picocli will do (help requested,
 * an unknown or malformed token, {@code --}, an {@code @file}, a value that looks like an option
 * or a command), every subcommand of that level is registered, so that usage, suggestions and
 * error messages are exactly those of the full tree.
 */
final class Subcommands {

    /** The subcommands of {@code kiosque}, in the order help lists them. */
    static final List<String> ROOT = List.of("tui", "refresh", "headlines", "read", "mark", "sections", "feeds", "stats");
    /** The subcommands of {@code kiosque feeds}, in the order help lists them. */
    static final List<String> FEEDS = List.of("list", "check", "show", "add", "remove", "import", "export", "discover");

    private Subcommands() {}

    /** Registers on {@code root} (the {@code kiosque} command) the subcommands {@code args} need. */
    static void register(CommandLine root, String[] args) {
        register(root, ROOT, args, 0, true);
    }

    /** Registers the whole tree, as help needs it. */
    static void registerAll(CommandLine root) {
        addAll(root, ROOT);
    }

    /**
     * Scans {@code args} from {@code from} for the first subcommand of {@code parent}, stepping over
     * the options {@code parent} knows, and registers that one alone (and what it needs below it).
     * Without a subcommand, the root runs itself and needs none; a group registers all of its own.
     */
    private static void register(CommandLine parent, List<String> names, String[] args, int from, boolean isRoot) {
        CommandSpec spec = parent.getCommandSpec();
        for (int i = from; i < args.length; ) {
            String arg = args[i];
            if (names.contains(arg)) {
                CommandLine sub = add(parent, arg);
                List<String> below = children(arg);
                if (!below.isEmpty()) register(sub, below, args, i + 1, false);
                return;
            }
            int step = optionLength(spec, names, args, i);
            if (step == 0) {
                addAll(parent, names);
                return;
            }
            i += step;
        }
        if (!isRoot) addAll(parent, names);
    }

    /**
     * How many tokens the option at {@code args[i]} takes with its value (1 or 2), or 0 when it is
     * not a plain option of {@code spec} or the scan should not guess: help, unknown options,
     * clustered short options, a missing value, or a value that is itself an option or a command.
     */
    private static int optionLength(CommandSpec spec, List<String> names, String[] args, int i) {
        String arg = args[i];
        if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) return 0;
        int eq = arg.indexOf('=');
        OptionSpec option = spec.findOption(eq > 0 ? arg.substring(0, eq) : arg);
        // findOption also accepts a name without its dashes: only an exact match counts here
        if (option == null || !List.of(option.names()).contains(eq > 0 ? arg.substring(0, eq) : arg)) return 0;
        if (option.usageHelp()) return 0;
        boolean takesValue = option.arity().min() > 0;
        if (option.arity().max() != option.arity().min()) return 0;   // optional values: let picocli decide
        if (eq > 0) {
            // picocli refuses an attached value that is an option or a command too ("--lang=feeds")
            String value = arg.substring(eq + 1);
            return takesValue && !value.startsWith("-") && !names.contains(value) ? 1 : 0;
        }
        if (!takesValue) return 1;
        if (i + 1 >= args.length) return 0;
        String value = args[i + 1];
        if (value.startsWith("-") || value.startsWith("@") || names.contains(value)) return 0;
        return 2;
    }

    private static void addAll(CommandLine parent, List<String> names) {
        for (String name : names) {
            CommandLine sub = add(parent, name);
            List<String> below = children(name);
            if (!below.isEmpty()) addAll(sub, below);
        }
    }

    private static CommandLine add(CommandLine parent, String name) {
        CommandLine sub = new CommandLine(create(parent.getCommandName(), name));
        parent.addSubcommand(name, sub);
        return sub;
    }

    private static List<String> children(String name) {
        return name.equals("feeds") ? FEEDS : List.of();
    }

    /** A new command object; a switch rather than a table of lambdas, which would cost start-up time. */
    private static Object create(String parent, String name) {
        if (parent.equals("feeds")) {
            return switch (name) {
                case "list" -> new FeedsListCommand();
                case "check" -> new FeedsCheckCommand();
                case "show" -> new FeedsShowCommand();
                case "add" -> new FeedsAddCommand();
                case "remove" -> new FeedsRemoveCommand();
                case "import" -> new FeedsImportCommand();
                case "export" -> new FeedsExportCommand();
                case "discover" -> new FeedsDiscoverCommand();
                default -> throw new IllegalArgumentException("no command feeds " + name);
            };
        }
        return switch (name) {
            case "tui" -> new TuiCommand();
            case "refresh" -> new RefreshCommand();
            case "headlines" -> new HeadlinesCommand();
            case "read" -> new ReadCommand();
            case "mark" -> new MarkCommand();
            case "sections" -> new SectionsCommand();
            case "feeds" -> new FeedsCommand();
            case "stats" -> new StatsCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }
}
