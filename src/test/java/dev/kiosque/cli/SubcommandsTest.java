package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Lazy subcommand registration (issue 6) must not change what any command line does. */
class SubcommandsTest {

    @TempDir
    Path home;

    /** Commands, each with global options before it and odd or helpful arguments after it. */
    static List<String[]> commandLines() {
        List<String[]> lines = new ArrayList<>();
        String[] commands = {"tui", "refresh", "headlines", "read", "mark", "sections", "feeds", "stats",
            "feeds list", "feeds check", "feeds show", "feeds add", "feeds remove", "feeds import",
            "feeds export", "feeds discover"};
        String[][] before = {{}, {"--offline", "--config=x.yaml"}, {"-v", "--lang", "fr", "--data-dir", "d"}};
        String[][] after = {{}, {"--help"}, {"-h"}, {"--version"}, {"--bogus"}, {"--config"}, {"--format", "nope"},
            {"bogus"}, {"x", "y", "z"}, {"--", "x"}, {"-vh"}, {"--offline=true"}, {"help"}};
        for (String command : commands) {
            for (String[] b : before) {
                for (String[] a : after) {
                    List<String> args = new ArrayList<>(List.of(b));
                    args.addAll(List.of(command.split(" ")));
                    args.addAll(List.of(a));
                    lines.add(args.toArray(String[]::new));
                }
            }
        }
        String[][] more = {{}, {"--help"}, {"-h"}, {"--version"}, {"-V"}, {"help"}, {"help", "headlines"},
            {"hedlines"}, {"feed"}, {"--bogus"}, {"--help", "headlines"}, {"--version", "headlines"},
            {"-V", "feeds", "list"}, {"--config"}, {"--config", "--offline", "headlines"}, {"--config", "headlines"},
            {"--lang", "headlines", "headlines"}, {"@args.txt"}, {"--", "headlines"}, {"-"}, {"-vV"},
            {"--verbose", "--help"}, {"feeds", "--help", "list"}, {"feeds", "lst"}, {"feeds", "--version"},
            {"feeds", "-h"}, {"feeds", "--offline", "list", "--help"}, {"headlines", "refresh"},
            {"headlines", "feeds"}, {"feeds", "list", "add"}, {"--offline=true", "headlines"},
            {"--offline", "--offline", "headlines"}, {"HEADLINES"}, {"--data-dir", "", "headlines"},
            {"--config=", "headlines"}, {"--lang=fr", "--help"}, {"stats", "--help", "--bogus"},
            {"mark", "read", "--help"}, {"read", "-", "--help"}, {"tui", "--help", "feeds"}, {"config", "--help"}};
        lines.addAll(List.of(more));
        return lines;
    }

    @Test
    void every_command_line_behaves_as_with_the_whole_tree() throws Exception {
        Files.writeString(home.resolve("args.txt"), "headlines --help\n");
        for (String[] args : commandLines()) {
            Run lazy = Run.of(home, args);
            Run whole = Run.wholeTree(home, args);
            String what = String.join(" ", args);
            assertEquals(whole.code(), lazy.code(), what);
            assertEquals(whole.out(), lazy.out(), what);
            assertEquals(frameless(whole.err()), frameless(lazy.err()), what);
        }
    }

    @Test
    void a_run_registers_only_the_subcommands_it_names() {
        assertEquals(Map.of("headlines", List.of()), registered("--config", "x.yaml", "--offline", "headlines", "--help"));
        assertEquals(Map.of("feeds", List.of("add")), registered("--lang=fr", "feeds", "-v", "add", "https://example.org/"));
        assertEquals(Map.of(), registered("--version"));
        assertEquals(Map.of(), registered("--data-dir", "d"));
    }

    @Test
    void help_and_anything_unsure_register_the_whole_level() {
        Map<String, List<String>> all = registered("--help");
        assertEquals(Subcommands.ROOT, List.copyOf(all.keySet().stream().sorted(
                (a, b) -> Subcommands.ROOT.indexOf(a) - Subcommands.ROOT.indexOf(b)).toList()));
        assertEquals(Subcommands.FEEDS, all.get("feeds"));
        assertEquals(all, registered("hedlines"));
        assertEquals(all, registered("--config", "--offline", "headlines"));
        assertEquals(all, registered("-vh", "headlines"));
        assertEquals(all, registered("--", "headlines"));
        assertEquals(Map.of("feeds", Subcommands.FEEDS), registered("feeds", "--help", "list"));
        assertEquals(Map.of("feeds", Subcommands.FEEDS), registered("feeds"));
    }

    @Test
    void the_names_are_those_of_the_annotations() {
        CommandLine root = new CommandLine(new KiosqueCommand());
        Subcommands.registerAll(root);
        root.getSubcommands().forEach((name, sub) -> {
            assertEquals(name, sub.getCommandSpec().userObject().getClass()
                    .getAnnotation(CommandLine.Command.class).name());
            sub.getSubcommands().forEach((child, line) -> assertEquals(child, line.getCommandSpec().userObject()
                    .getClass().getAnnotation(CommandLine.Command.class).name()));
        });
    }

    /** Without stack frames (-v prints them), which name the test's own helper methods. */
    private static String frameless(String err) {
        return err.replaceAll("(?m)^\\s+at .*\\R", "");
    }

    /** The subcommands registered for {@code args}: name to the names of its own subcommands. */
    private static Map<String, List<String>> registered(String... args) {
        CommandLine root = new CommandLine(new KiosqueCommand());
        Subcommands.register(root, args);
        Map<String, List<String>> out = new TreeMap<>();
        root.getSubcommands().forEach((name, sub) -> out.put(name, List.copyOf(sub.getSubcommands().keySet())));
        return out;
    }
}
