package dev.kiosque.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kiosque's real {@code main} in a child JVM on the test classpath, with a clean environment (no
 * proxy variables) and the given home as working directory: for kill -9 and for JVM-wide
 * settings such as {@code jdk.net.hosts.file}.
 */
final class ChildKiosque {

    private ChildKiosque() {}

    static ProcessBuilder builder(Path home, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");   // starts faster; these runs are short
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.kiosque.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.toLowerCase(java.util.Locale.ROOT).endsWith("_proxy"));
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("LANG", "C.UTF-8");
        return pb;
    }

    /** Runs to the end; returns exit code, stdout and stderr. */
    static Kiosque.Run run(Path home, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path out = home.resolve("child.out");
        Path err = home.resolve("child.err");
        Process p = builder(home, jvmOptions, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Kiosque.Run(code, java.nio.file.Files.readString(out), java.nio.file.Files.readString(err));
    }
}
