package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The hand-made parse of {@code headlines}, {@code refresh}, {@code tui} and bare {@code kiosque} lines
 * (issue 6) must
 * read them as picocli does, or leave them to picocli.
 */
class QuickArgsTest {

    @TempDir
    Path home;

    /** Values of every odd kind: spaces, accents, CJK, dashes, quotes, command names, separators. */
    private static final String[] VALUES = {"a", "Élections", "two words", "日本語", "عربي", "-dash", "--unread",
        "--offline", "-v", "@args.txt", "headlines", "refresh", "help", "feeds", "", " ", "a=b", "=", "\"quoted\"",
        "'single'", " lead", "trail ", "tab\there", "x,y", "${HOME}", "%s", "\\", "--", "-", "-1", "HEADLINES",
        "line\nbreak", "é=ü", "@", "--section", "-- x"};
    private static final String[] NUMBERS = {"0", "5", "10", "007", "-1", "+3", "x", "2147483647", "2147483648",
        "99999999999", "1e3", " 5", "0x10", "", "٣", "123456789", "1234567890"};
    private static final String[] FORMATS = {"plain", "PLAIN", "tsv", "TSV", "Json", "jsonl", "JSONL", "markdown",
        "MarkDown", "nope", "", "tsv ", "json,tsv", "plaın", "PLAİN", "md", "-json"};
    private static final String[] WHEN = {"2d", "12h", "30m", "2025-02-07", "yesterday", "", "-2d", "2 d"};
    private static final String[] BUDGETS = {"5MB", "500KB", "1.5 MB", "0", "", "lots", "-5MB"};
    private static final String[] LANGS = {"fr", "en", "FR", "de", "", "fr_FR.UTF-8"};
    private static final String[] ODD = {"--offline=true", "--offline=false", "-vh", "-hv", "--help", "-h", "-V",
        "--version", "--", "", "@args.txt", "--conf", "--Offline", "-x", "-", "help", "HEADLINES", "refresh",
        "-v=true", "--no-colour", "--verbose=1", "--unread=true", "-vv", "--section", "--limit", "-q", "-qv",
        "--force=true", "-Q", "--quiet=false", "--jobs"};

    /** Values and options the fast path takes (when an option is not repeated). */
    private static final String[] CLEAN_VALUES = {"a", "Élections", "two words", "日本語", "عربي", "a=b", "=",
        "\"quoted\"", "'single'", " lead", "trail ", "tab\there", "x,y", "${HOME}", "%s", "\\", "HEADLINES",
        "line\nbreak", "é=ü", "x--y", "a-", "Feeds"};
    private static final String[] CLEAN_NUMBERS = {"0", "5", "10", "123456789"};
    private static final String[] CLEAN_FORMATS = {"plain", "TSV", "Json", "jsonl", "MarkDown"};

    /**
     * A line of global options, maybe {@code headlines}, and options after it; odd tokens and values
     * now and then, unless {@code clean}.
     */
    static List<String[]> generated(int count, long seed, String[] dataDirs, boolean clean) {
        Random random = new Random(seed);
        Pool pool = clean ? new Pool(CLEAN_VALUES, CLEAN_NUMBERS, CLEAN_FORMATS, new String[] {"--starred", "--force"})
                : new Pool(VALUES, NUMBERS, FORMATS, ODD);
        List<String[]> lines = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            List<String> args = new ArrayList<>();
            int before = random.nextInt(4);
            for (int i = 0; i < before; i++) args.addAll(global(random, pool, dataDirs));
            int command = random.nextInt(24);
            if (command < 14) {
                args.add("headlines");
            } else if (command < 16) {
                args.add("tui");
            } else if (command < 20) {
                args.add("refresh");
            } else if (command < 21) {
                args.add(pick(random, pool.odd));
            }
            int after = random.nextInt(command < 20 ? 6 : 2);
            for (int i = 0; i < after; i++) {
                // now and then the other command's options, which the fast path must decline
                boolean ownOptions = random.nextInt(6) != 0;
                boolean refreshing = (command >= 16 && command < 20) == ownOptions;
                args.addAll(random.nextInt(4) == 0 ? global(random, pool, dataDirs)
                        : refreshing ? refresh(random, pool) : headlines(random, pool));
            }
            if (!clean && random.nextInt(10) == 0) args.add(random.nextInt(args.size() + 1), pick(random, ODD));
            lines.add(args.toArray(String[]::new));
        }
        return lines;
    }

    /** What a generator picks from. */
    private record Pool(String[] values, String[] numbers, String[] formats, String[] odd) {}

    private static List<String> global(Random random, Pool pool, String[] dataDirs) {
        return switch (random.nextInt(8)) {
            case 0 -> option(random, "--config", pick(random, pool.values));
            case 1 -> option(random, "--data-dir", pick(random, dataDirs));
            case 2 -> option(random, "--lang", pick(random, random.nextBoolean() ? LANGS : pool.values));
            case 3 -> List.of("--offline");
            case 4 -> List.of("--no-color");
            case 5 -> List.of("-v");
            case 6 -> List.of("--verbose");
            default -> List.of(pick(random, random.nextInt(4) == 0 ? pool.odd : new String[] {"--no-color", "-v"}));
        };
    }

    private static List<String> headlines(Random random, Pool pool) {
        return switch (random.nextInt(14)) {
            case 0, 10 -> option(random, "--section", pick(random, pool.values));
            case 1 -> option(random, "--feed", pick(random, pool.values));
            case 2, 11 -> List.of("--unread");
            case 3 -> List.of("--starred");
            case 4 -> List.of("--refresh");
            case 5 -> option(random, "--since", pick(random, random.nextBoolean() ? WHEN : pool.values));
            case 6, 12 -> option(random, "--limit", pick(random, random.nextInt(4) == 0 ? pool.values : pool.numbers));
            case 7 -> option(random, "--search", pick(random, pool.values));
            case 8, 13 -> option(random, "--format", pick(random, random.nextInt(4) == 0 ? pool.values : pool.formats));
            default -> List.of(pick(random, pool.odd));
        };
    }

    private static List<String> refresh(Random random, Pool pool) {
        return switch (random.nextInt(12)) {
            case 0, 9 -> option(random, "--section", pick(random, pool.values));
            case 1 -> option(random, "--feed", pick(random, pool.values));
            case 2 -> List.of("--articles");
            case 3, 10 -> List.of("--force");
            case 4 -> List.of(random.nextBoolean() ? "-q" : "--quiet");
            case 5, 11 -> option(random, "--jobs", pick(random, random.nextInt(4) == 0 ? pool.values : pool.numbers));
            case 6 -> option(random, "--budget", pick(random, random.nextBoolean() ? BUDGETS : pool.values));
            case 7 -> option(random, "--deadline", pick(random, random.nextBoolean() ? WHEN : pool.values));
            default -> List.of(pick(random, pool.odd));
        };
    }

    /** {@code --name value} or {@code --name=value}, and now and then the name alone. */
    private static List<String> option(Random random, String name, String value) {
        int form = random.nextInt(12);
        if (form == 0) return List.of(name);
        return form % 2 == 0 ? List.of(name, value) : List.of(name + "=" + value);
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    @Test
    void every_line_the_fast_path_takes_is_read_as_picocli_reads_it() {
        List<String[]> lines = new ArrayList<>(table());
        lines.addAll(generated(500, 6L, VALUES, false));
        lines.addAll(generated(400, 8L, CLEAN_VALUES, true));
        int taken = 0;
        for (String[] args : lines) {
            QuickArgs quick = QuickArgs.parse(args);
            if (quick == null) continue;
            taken++;
            Object command = quick.tui != null ? quick.tui : quick.refresh != null ? quick.refresh : quick.headlines;
            assertEquals(picocli(args), describe(quick.global, command),
                    Arrays.toString(args));
        }
        // the check means something only if the fast path takes a good share of the lines
        assertTrue(taken > lines.size() / 4, taken + " of " + lines.size());
    }

    @Test
    void the_common_lines_take_the_fast_path() {
        for (String[] args : table()) {
            assertNotNull(QuickArgs.parse(args), Arrays.toString(args));
        }
    }

    @Test
    void anything_unsure_goes_to_picocli() {
        String[][] unsure = {{"--help"}, {"headlines", "--help"}, {"headlines", "-h"}, {"-V"}, {"--version"},
            {"headlines", "--limit", "x"}, {"headlines", "--limit", "-1"}, {"headlines", "--limit=007"},
            {"headlines", "--limit", "2147483648"}, {"headlines", "--format", "nope"}, {"-vh", "headlines"},
            {"headlines", "--"}, {"--", "headlines"}, {""}, {"headlines", ""}, {"headlines", "--search="},
            {"@args.txt"}, {"headlines", "@args.txt"}, {"headlines", "--search", "@x"}, {"--offline", "--offline"},
            {"headlines", "--unread", "--unread"}, {"headlines", "--limit", "1", "--limit", "2"},
            {"--config", "a", "headlines", "--config", "b"}, {"--offline", "headlines", "--offline"},
            {"headlines", "--search", "-x"}, {"--config", "headlines"}, {"headlines", "--search", "refresh"},
            {"headlines", "headlines"}, {"headlines", "x"}, {"--unread", "headlines"},
            {"--offline=true", "headlines"}, {"headlines", "--unread=true"}, {"--conf", "x", "headlines"},
            {"headlines", "--sect", "A"}, {"HEADLINES"}, {"help"}, {"headlines", "--limit"}, {"-"}, {"-x"},
            {"headlines", "-u"}, {"--lang"}, {"tui", "--help"}, {"tui", "--unread"}, {"tui", "headlines"},
            {"headlines", "tui"}, {"tui", "x"}, {"--search", "x", "tui"}, {"tui", "--format=json"},
            {"-q", "refresh"}, {"--force", "refresh"}, {"refresh", "--unread"}, {"headlines", "--force"},
            {"headlines", "-q"}, {"refresh", "-qv"}, {"refresh", "-q", "--quiet"}, {"refresh", "--jobs", "x"},
            {"refresh", "--jobs=-1"}, {"refresh", "--jobs", "08"}, {"refresh", "--force", "--force"},
            {"refresh", "--budget", "-5MB"}, {"refresh", "--help"}, {"refresh", "--deadline"}, {"refresh", "x"},
            {"refresh", "refresh"}, {"refresh", "--limit", "3"}, {"refresh", "--jobs="}};
        for (String[] args : unsure) {
            assertNull(QuickArgs.parse(args), Arrays.toString(args));
        }
    }

    /** Common command lines, each of which the fast path must take. */
    private static List<String[]> table() {
        String[][] lines = {{}, {"headlines"}, {"--offline"}, {"--config", "f.yaml", "--data-dir", "d"},
            {"--config", "f.yaml", "--data-dir", "d", "headlines"}, {"headlines", "--config=f.yaml", "--data-dir=d"},
            {"-v", "headlines", "--format", "json", "--limit", "20"}, {"headlines", "--format=TSV", "--unread"},
            {"--lang", "fr", "headlines", "--section", "Politique", "--section=Sports", "--starred"},
            {"headlines", "--feed", "Le Monde", "--feed=https://example.org/rss", "--since", "2d"},
            {"headlines", "--search", "élections municipales", "--refresh", "--no-color", "--verbose"},
            {"--no-color", "--lang=en", "headlines", "--limit=0", "--format", "Markdown", "--since=2025-02-07"},
            {"tui"}, {"--offline", "tui", "--lang=fr", "-v"}, {"tui", "--data-dir", "d", "--config=f.yaml"},
            {"headlines", "--search=a=b", "--section=@x", "--config=\"q\""}, {"--verbose", "--data-dir", "/tmp/a b"},
            {"refresh"}, {"--config", "f.yaml", "refresh", "--force"}, {"refresh", "-q", "--jobs", "16", "--offline"},
            {"refresh", "--section", "Politique", "--feed=Le Monde", "--articles", "--budget", "5MB"},
            {"-v", "refresh", "--deadline=2m", "--quiet", "--data-dir=d"}};
        return List.of(lines);
    }

    /** What picocli makes of {@code args} with the whole tree, configured as {@link Cli} does. */
    private static String picocli(String[] args) {
        KiosqueCommand root = new KiosqueCommand();
        CommandLine cl = new CommandLine(root);
        Subcommands.registerAll(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine.ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return "usage error: " + e.getMessage();
        }
        CommandLine.ParseResult last = parsed;
        while (true) {
            if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) return "help";
            if (!last.hasSubcommand()) break;
            last = last.subcommand();
        }
        Object command = last.commandSpec().userObject();
        if (command == root) return describe(root.global, null);
        if (command instanceof HeadlinesCommand || command instanceof TuiCommand || command instanceof RefreshCommand) {
            return describe(root.global, command);
        }
        return "runs " + last.commandSpec().qualifiedName();
    }

    /** The options of a run: the global ones, and those of {@code command} (null for the bare kiosque). */
    private static String describe(GlobalOptions g, Object command) {
        List<Object> values = Arrays.asList(g.config, g.dataDir, g.offline, g.noColor, g.verbose, g.lang);
        if (command == null) return "kiosque " + values;
        if (command instanceof TuiCommand) return "tui " + values;
        if (command instanceof RefreshCommand r) {
            return "refresh " + values + " " + Arrays.asList(r.sections, r.feeds, r.articles, r.jobs, r.force,
                    r.budget, r.deadline, r.quiet);
        }
        HeadlinesCommand h = (HeadlinesCommand) command;
        return "headlines " + values + " " + Arrays.asList(h.sections, h.feeds, h.unread, h.starred, h.since,
                h.limit, h.search, h.format, h.refresh);
    }

    @Test
    void the_fast_path_prints_and_exits_as_picocli_does() throws IOException {
        try (NewsroomServer site = new NewsroomServer()) {
            site.writeTwoSections(home);
            Files.writeString(home.resolve("args.txt"), "headlines --format json\n");
            assertEquals(0, Run.of(home, "refresh").code());
            // data directories inside the test's home only: a relative one would land in the project
            String[] dataDirs = {home.resolve("data/kiosque").toString(), home.resolve("elsewhere").toString(), ""};
            // a refresh only when quiet: its report gives timings; and no store outside home (in
            // "--data-dir --format", picocli takes "--format" for the directory)
            List<String[]> lines = new ArrayList<>(generated(200, 7L, dataDirs, false).stream()
                    .filter(args -> quietOrNoRefresh(args) && storesInside(args, home)).toList());
            lines.addAll(generated(60, 9L, dataDirs, true).stream()
                    .filter(args -> quietOrNoRefresh(args) && storesInside(args, home)).toList());
            lines.add(new String[] {"tui", "--offline", "--no-color"});
            lines.add(new String[] {"headlines", "--limit", "3", "--format", "tsv"});
            lines.add(new String[] {"headlines", "--section", "sports", "--format=jsonl", "--unread"});
            lines.add(new String[] {"--offline", "headlines", "--refresh", "--since", "nope"});
            lines.add(new String[] {"headlines", "--section", "Nowhere"});
            lines.add(new String[] {"-v", "--config", "missing.yaml"});
            lines.add(new String[] {"refresh", "-q", "--force", "--jobs", "2"});
            lines.add(new String[] {"refresh", "--quiet", "--section", "Sports", "--budget=1MB"});
            lines.add(new String[] {"refresh", "-q", "--section", "Nowhere"});
            lines.add(new String[] {"--offline", "refresh", "-q"});
            int taken = 0;
            for (String[] args : lines) {
                if (QuickArgs.parse(args) != null) taken++;
                Run fast = Run.of(home, args);
                Run picocli = Run.wholeTree(home, args);
                String what = Arrays.toString(args);
                assertEquals(picocli.code(), fast.code(), what);
                assertEquals(picocli.out(), fast.out(), what);
                assertEquals(frameless(picocli.err()), frameless(fast.err()), what);
            }
            // enough lines through each path for the comparison to mean something
            assertTrue(taken >= 40, taken + " of " + lines.size());
        }
    }

    private static boolean quietOrNoRefresh(String[] args) {
        List<String> list = List.of(args);
        return !list.contains("refresh") || list.contains("-q") || list.contains("--quiet");
    }

    /** Whether every {@code --data-dir} of {@code args} is followed by a directory under {@code home}. */
    private static boolean storesInside(String[] args, Path home) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && (i + 1 == args.length || !args[i + 1].startsWith(home.toString()))) {
                return false;
            }
        }
        return true;
    }

    /** Without stack frames (-v prints them), which differ between the two paths. */
    private static String frameless(String err) {
        return err.replaceAll("(?m)^\\s+at .*\\R", "").replaceAll("(?m)^\\s+\\.\\.\\. \\d+ more\\R", "");
    }
}
