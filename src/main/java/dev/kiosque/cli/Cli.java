package dev.kiosque.cli;

import dev.kiosque.app.ArticleUnavailableException;
import dev.kiosque.app.SourceException;
import dev.kiosque.app.Version;
import dev.kiosque.config.ConfigException;
import dev.kiosque.model.ReportedException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds and runs the command line. The one place where exceptions become exit codes and
 * one-line messages; a stack trace only with {@code -v}.
 */
public final class Cli {

    private Cli() {}

    /** Runs {@code args} and returns the exit code; all output goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in,
                          Map<String, String> env, Terminal terminal, Path workingDir) {
        return run(args, out, err, in, env, terminal, workingDir, false);
    }

    /**
     * {@link #run}; with {@code wholeTree}, always through picocli with every subcommand registered
     * (tests compare both).
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in,
                   Map<String, String> env, Terminal terminal, Path workingDir, boolean wholeTree) {
        // fast path: the common headlines and bare kiosque lines skip picocli's model (~200 ms, issue 6)
        QuickArgs quick = wholeTree ? null : QuickArgs.parse(args);
        if (quick != null) return quick.run(out, err, in, env, terminal, workingDir);
        KiosqueCommand root = new KiosqueCommand();
        CommandLine cl = new CommandLine(root);
        // before the settings below: picocli applies them to the subcommands registered so far
        if (wholeTree) {
            Subcommands.registerAll(cl);
        } else {
            Subcommands.register(cl, args);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> usage(ex, err));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> failure(ex, err, root.global != null && root.global.verbose));
        try (Context context = new Context(out, err, in, env, terminal, workingDir, root.global)) {
            root.context = context;
            int code = cl.execute(args);
            out.flush();
            err.flush();
            return code;
        }
    }

    private static int usage(CommandLine.ParameterException ex, PrintWriter err) {
        err.println("kiosque: " + oneLine(ex.getMessage()));
        String name = ex.getCommandLine().getCommandSpec().qualifiedName();
        err.println("Try '" + name + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Maps a failure to its message and exit code. */
    static int failure(Exception ex, PrintWriter err, boolean verbose) {
        int code;
        String message;
        if (ex instanceof ConfigException ce) {
            code = ExitCodes.USAGE;
            message = ce.getMessage();           // already FILE:LINE:COL: what
        } else if (ex instanceof CliException ce) {
            code = ce.exitCode();
            message = ce.exitCode() == ExitCodes.USAGE && ce.getMessage().matches("^\\S+:\\d+:\\d+: .*")
                    ? ce.getMessage() : "kiosque: " + ce.getMessage();
        } else if (ex instanceof ReportedException || ex instanceof SourceException
                || ex instanceof ArticleUnavailableException) {
            code = ExitCodes.FAILURE;
            message = "kiosque: " + ex.getMessage();
        } else {
            code = ExitCodes.FAILURE;
            message = "kiosque: internal error: " + ex + (verbose ? "" : " (run with -v for details)");
        }
        err.println(oneLine(message));
        if (verbose) ex.printStackTrace(err);
        err.flush();
        return code;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").trim();
    }

    /** Prints the version for {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            // concat, not "+": the first "+" of a run bootstraps invokedynamic machinery (~20 ms, issue 6)
            return new String[] {"kiosque ".concat(Version.get()),
                    "Java ".concat(System.getProperty("java.version")).concat(" (")
                            .concat(System.getProperty("java.vm.name")).concat(")")};
        }
    }
}
