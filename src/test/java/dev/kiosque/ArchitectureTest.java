package dev.kiosque;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the package rules of DESIGN.md: each library in its package, arrows pointing down. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/kiosque");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Which kiosque packages each package may import (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("config", Set.of("model", "text")),
            Map.entry("net", Set.of("model")),
            Map.entry("feed", Set.of("model", "text")),
            Map.entry("store", Set.of("model", "text")),
            Map.entry("article", Set.of("model", "text")),
            Map.entry("render", Set.of("model", "text")),
            Map.entry("app", Set.of("config", "net", "feed", "store", "article", "model", "text")),
            Map.entry("cli", Set.of("app", "render", "config", "text", "model", "tui")),
            Map.entry("tui", Set.of("app", "render", "model", "text", "config")),
            Map.entry("", Set.of("cli")));

    /** Which third-party roots each package may import. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "com.googlecode.lanterna", Set.of("tui"),
            "picocli", Set.of("cli", ""),
            "java.sql", Set.of("store"),
            "org.sqlite", Set.of("store"),
            "java.net.http", Set.of("net"),
            "org.brotli", Set.of("net"),
            "org.jsoup", Set.of("feed", "article"),
            "tools.jackson", Set.of("config", "feed", "cli"));

    @Test
    void every_import_respects_the_package_rules() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(file);
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    String imported = m.group(1);
                    String problem = check(pkg, imported);
                    if (problem != null) violations.add(MAIN.relativize(file) + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.relativize(file.getParent());
        return rel.getNameCount() == 0 || rel.toString().isEmpty() ? "" : rel.getName(0).toString();
    }

    private static String check(String pkg, String imported) {
        for (Map.Entry<String, Set<String>> lib : LIBRARIES.entrySet()) {
            if (imported.startsWith(lib.getKey() + ".") && !lib.getValue().contains(pkg)) {
                return "imports " + imported + " (only " + lib.getValue() + " may)";
            }
        }
        if (imported.startsWith("dev.kiosque.")) {
            String rest = imported.substring("dev.kiosque.".length());
            int dot = rest.indexOf('.');
            String target = dot < 0 ? "" : rest.substring(0, dot);
            if (!target.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
                return "imports " + imported + " (" + (pkg.isEmpty() ? "root" : pkg) + " may not use " + target + ")";
            }
        }
        return null;
    }
}
