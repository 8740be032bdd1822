package dev.kiosque.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process with captured output, as scripts would see it (no terminal). */
record Run(int code, String out, String err) {

    static Run of(Path home, String... args) {
        return withInput(home, "", args);
    }

    static Run withInput(Path home, String stdin, String... args) {
        return run(home, stdin, false, args);
    }

    /** Runs with every subcommand registered, as picocli would build the whole tree from annotations. */
    static Run wholeTree(Path home, String... args) {
        return run(home, "", true, args);
    }

    private static Run run(Path home, String stdin, boolean wholeTree, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("LANG", "C.UTF-8");
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                env, Terminal.NONE, home, wholeTree);
        return new Run(code, out.toString(), err.toString());
    }
}
