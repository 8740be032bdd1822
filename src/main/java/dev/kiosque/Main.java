package dev.kiosque;

import dev.kiosque.cli.Cli;
import dev.kiosque.cli.Terminal;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Entry point: builds the command line and exits with its code. The only System.exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        // UTF-8 always: on Java 17 the default charset follows the locale, and a C locale would
        // turn French, Arabic and CJK text into question marks.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, err, System.in, env, Terminal.detect(env), Path.of("").toAbsolutePath());
        out.flush();
        err.flush();
        System.exit(code);
    }
}
