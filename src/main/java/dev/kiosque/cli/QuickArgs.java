package dev.kiosque.cli;

import dev.kiosque.app.LocalLibrary;
import dev.kiosque.cli.output.HeadlineFormat;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The command lines of {@code kiosque headlines}, {@code kiosque refresh}, {@code kiosque tui} and
 * the bare {@code kiosque},
 * parsed by hand into the very objects picocli would fill, and run with the same code and the same
 * error mapping.
 *
 * <p>Why: building picocli's model (annotation reflection, its built-in converters) cost ~200 ms
 * of a ~530 ms {@code headlines} run and ~7 % of the CPU of a 500-feed refresh, all of it before
 * the first request (issue 6), and picocli's classes cannot go into the
 * launcher's class-data-sharing archive. The parse here is deliberately narrow: it accepts only
 * what it is certain picocli reads the same way (known long options, {@code -v} and refresh's
 * {@code -q}, each once but the repeatable {@code --section} and {@code --feed}, {@code --opt value} and
 * {@code --opt=value}), and declines everything
 * else: help and version, unknown or clustered options, {@code --}, an empty argument,
 * {@code @file}, a value that starts with a dash or names a command, a number or a format it is
 * not sure of. A declined command line goes to picocli unchanged, so its messages stay picocli's.
 * {@code QuickArgsTest} checks both parses agree on generated command lines.
 */
final class QuickArgs {

    /** The global options, as the {@code kiosque} command's mixin would hold them. */
    final GlobalOptions global = new GlobalOptions();
    /** The {@code headlines} command, or null. */
    HeadlinesCommand headlines;
    /** The {@code refresh} command, or null. */
    RefreshCommand refresh;
    /** The {@code tui} command, or null; both null: the bare {@code kiosque}. */
    TuiCommand tui;

    private QuickArgs() {}

    /** The parse of {@code args}, or null when it is not certainly what picocli would make of them. */
    static QuickArgs parse(String[] args) {
        QuickArgs parsed = new QuickArgs();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (parsed.headlines == null && parsed.refresh == null && parsed.tui == null) {
                if (arg.equals("headlines")) {
                    parsed.headlines = new HeadlinesCommand();
                    continue;
                }
                if (arg.equals("refresh")) {
                    parsed.refresh = new RefreshCommand();
                    continue;
                }
                if (arg.equals("tui")) {
                    parsed.tui = new TuiCommand();
                    continue;
                }
            }
            // only long options, -v and refresh's -q: positionals, -h/-V, clusters like -vh, "-" and "" are picocli's
            boolean shortQuiet = arg.equals("-q") && parsed.refresh != null;
            if (!arg.startsWith("--") && !arg.equals("-v") && !shortQuiet) return null;
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (name.equals("-v")) name = "--verbose";
            if (shortQuiet) name = "--quiet";
            // --section and --feed repeat; any other option given twice: picocli refuses or overwrites, let it
            if (!name.equals("--section") && !name.equals("--feed") && !seen.add(name)) return null;
            if (isFlag(name, parsed.headlines != null, parsed.refresh != null)) {
                if (eq >= 0 || !parsed.setFlag(name)) return null;   // "--offline=true": picocli's
                continue;
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
                if (value.startsWith("@")) return null;              // an argument file: picocli expands it
            } else {
                return null;
            }
            // picocli refuses a value that is an option or a command, even after "=": let it say so
            if (value.isEmpty() || value.startsWith("-") || isCommandName(value)) return null;
            if (!parsed.setValue(name, value)) return null;
        }
        return parsed;
    }

    private static boolean isFlag(String name, boolean inHeadlines, boolean inRefresh) {
        return switch (name) {
            case "--offline", "--no-color", "--verbose" -> true;
            case "--unread", "--starred", "--refresh" -> inHeadlines;
            case "--articles", "--force", "--quiet" -> inRefresh;
            default -> false;
        };
    }

    private boolean setFlag(String name) {
        switch (name) {
            case "--offline" -> global.offline = true;
            case "--no-color" -> global.noColor = true;
            case "--verbose" -> global.verbose = true;
            case "--unread" -> headlines.unread = true;
            case "--starred" -> headlines.starred = true;
            case "--refresh" -> headlines.refresh = true;
            case "--articles" -> refresh.articles = true;
            case "--force" -> refresh.force = true;
            case "--quiet" -> refresh.quiet = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Sets option {@code name} to {@code value}; false when the option or the value is not for certain. */
    private boolean setValue(String name, String value) {
        switch (name) {
            case "--config" -> global.config = value;
            case "--data-dir" -> global.dataDir = value;
            case "--lang" -> global.lang = value;
            default -> {
                return headlines != null ? setHeadlinesValue(name, value)
                        : refresh != null && setRefreshValue(name, value);
            }
        }
        return true;
    }

    private boolean setHeadlinesValue(String name, String value) {
        switch (name) {
            case "--section" -> headlines.sections.add(value);
            case "--feed" -> headlines.feeds.add(value);
            case "--since" -> headlines.since = value;
            case "--search" -> headlines.search = value;
            case "--limit" -> {
                int limit = plainNumber(value);
                if (limit < 0) return false;
                headlines.limit = limit;
            }
            case "--format" -> {
                HeadlineFormat format = format(value);
                if (format == null) return false;
                headlines.format = format;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean setRefreshValue(String name, String value) {
        switch (name) {
            case "--section" -> refresh.sections.add(value);
            case "--feed" -> refresh.feeds.add(value);
            case "--budget" -> refresh.budget = value;
            case "--deadline" -> refresh.deadline = value;
            case "--jobs" -> {
                int jobs = plainNumber(value);
                if (jobs < 0) return false;
                refresh.jobs = jobs;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of a plain decimal number of up to nine digits, or -1: signs, leading zeros and
     * overflow are left to picocli's converter.
     */
    private static int plainNumber(String value) {
        if (value.isEmpty() || value.length() > 9 || value.length() > 1 && value.charAt(0) == '0') return -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') return -1;
        }
        return Integer.parseInt(value);
    }

    /** The format picocli's case-insensitive enum converter would pick, or null to let it say no. */
    private static HeadlineFormat format(String value) {
        // picocli compares value.toUpperCase() with each constant's toUpperCase(), in the default locale
        String upper = value.toUpperCase();
        for (HeadlineFormat f : HeadlineFormat.values()) {
            if (upper.equals(String.valueOf(f).toUpperCase())) return f;
        }
        return null;
    }

    private static boolean isCommandName(String value) {
        return Subcommands.ROOT.contains(value) || value.equals("help");
    }

    /** Runs the parsed command as picocli would, mapping a failure with {@link Cli#failure}. */
    int run(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Terminal terminal,
            Path workingDir) {
        // every command here opens the store: start the driver's file-free start-up work on the
        // other core while this thread reads the config (see LocalLibrary.warmUp)
        LocalLibrary.warmUp();
        KiosqueCommand root = new KiosqueCommand();
        root.global = global;
        try (Context context = new Context(out, err, in, env, terminal, workingDir, global)) {
            root.context = context;
            context.openStoreAhead();
            int code;
            try {
                if (headlines != null) {
                    code = headlines.run(context);
                } else if (refresh != null) {
                    code = refresh.run(context);
                } else if (tui != null) {
                    code = tui.run(context);
                } else {
                    code = root.call();
                }
            } catch (Exception ex) {
                code = Cli.failure(ex, err, global.verbose);
            }
            out.flush();
            err.flush();
            return code;
        }
    }
}
