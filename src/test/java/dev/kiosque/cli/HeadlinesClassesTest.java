package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: {@code headlines} in a real JVM loads nothing it does not use. Plain and TSV output
 * (what status bars and scripts run) load neither the text UI, nor jsoup, nor the HTTP client,
 * nor picocli, nor Jackson's mappers; JSON output does load the mappers, which shows the class
 * log is read right.
 */
class HeadlinesClassesTest {

    private static final List<String> NEVER = List.of("com.googlecode.lanterna.", "org.jsoup.", "java.net.http.",
            "jdk.internal.net.http.", "picocli.", "tools.jackson.databind.");

    @TempDir
    Path home;
    NewsroomServer site;

    @BeforeEach
    void fill() throws IOException {
        site = new NewsroomServer();
        site.writeTwoSections(home);
        Run refresh = Run.of(home, "refresh");
        assertEquals(0, refresh.code(), refresh.err());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void plain_and_tsv_output_load_only_what_they_use() throws IOException, InterruptedException {
        for (String format : List.of("plain", "tsv")) {
            Set<String> loaded = headlinesLoading("--format", format);
            for (String prefix : NEVER) {
                assertTrue(loaded.stream().noneMatch(c -> c.startsWith(prefix)),
                        format + " output loaded " + loaded.stream().filter(c -> c.startsWith(prefix)).toList());
            }
        }
    }

    @Test
    void json_output_loads_the_mappers() throws IOException, InterruptedException {
        Set<String> loaded = headlinesLoading("--format", "json");
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("tools.jackson.databind.")), loaded.toString());
    }

    /** The classes a child JVM loads to run {@code headlines ARGS} on the store filled above. */
    private Set<String> headlinesLoading(String... args) throws IOException, InterruptedException {
        Path log = home.resolve("classes-" + String.join("-", args) + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"), "dev.kiosque.Main", "headlines"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(home.resolve("out.txt").toFile()).redirectError(home.resolve("err.txt").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.environment().put("LANG", "C.UTF-8");
        int code = pb.start().waitFor();
        assertEquals(0, code, Files.readString(home.resolve("err.txt")));
        assertTrue(Files.readString(home.resolve("out.txt")).lines().count() > 1, "no headlines printed");
        Set<String> classes = new TreeSet<>();
        for (String line : Files.readAllLines(log)) {
            // [0.012s][info][class,load] java.lang.Object source: shared objects file
            int start = line.indexOf("] ", line.indexOf("class,load")) + 2;
            int end = line.indexOf(' ', start);
            if (start > 1 && end > start) classes.add(line.substring(start, end));
        }
        assertTrue(classes.contains("dev.kiosque.Main"), "the class log has no kiosque class");
        return classes;
    }
}
