package dev.kiosque.cli;

import dev.kiosque.app.LocalLibrary;
import dev.kiosque.app.Sources;
import dev.kiosque.app.StoreAhead;
import dev.kiosque.config.Config;
import dev.kiosque.config.ConfigException;
import dev.kiosque.config.ConfigLoader;
import dev.kiosque.config.ConfigPaths;
import dev.kiosque.config.Settings;
import dev.kiosque.tui.TuiApp;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a command runs in: streams, environment, terminal, global options, and the config and
 * library, each loaded on first use so that a command pays only for what it touches.
 */
final class Context implements AutoCloseable {
    final PrintWriter out;
    final PrintWriter err;
    final InputStream in;
    final Map<String, String> env;
    final Terminal terminal;
    final Path workingDir;
    final GlobalOptions options;
    private Config config;
    private LocalLibrary library;
    private StoreAhead ahead;
    private Sources sources;

    Context(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, Terminal terminal,
            Path workingDir, GlobalOptions options) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
        this.terminal = terminal;
        this.workingDir = workingDir;
        this.options = options;
    }

    /** The config file that applies (it may not exist). */
    Path configFile() {
        return ConfigPaths.configFile(options.config, env, workingDir);
    }

    /** The loaded config; a missing file is a configuration error naming where we looked. */
    Config config() throws ConfigException {
        if (config == null) {
            Path file = configFile();
            if (!Files.exists(file)) {
                throw new ConfigException(file, 0, 0, "no such file; create it (see README) or pass --config FILE");
            }
            config = ConfigLoader.load(file);
            // Only a config with a keys: block loads the TUI's classes: headlines must start fast.
            List<String> keyErrors = config.keys().isEmpty() ? List.of() : TuiApp.checkKeys(config);
            if (!keyErrors.isEmpty()) throw new CliException(keyErrors.get(0), ExitCodes.USAGE);
        }
        return config;
    }

    /** Settings of the config when there is one, else the defaults (for commands that work without a config). */
    Settings settingsOrDefaults() throws ConfigException {
        return Files.exists(configFile()) ? config().settings() : Settings.DEFAULTS;
    }

    /**
     * Starts opening the data directory's store, if there is one, on another thread while this
     * one reads the config (see {@link StoreAhead}); {@link #library} then takes it. For commands
     * that will open the library.
     */
    void openStoreAhead() {
        if (ahead == null && library == null) ahead = StoreAhead.start(ConfigPaths.dataDir(options.dataDir, env));
    }

    LocalLibrary library() throws ConfigException {
        if (library == null) {
            Path dataDir = ConfigPaths.dataDir(options.dataDir, env);
            Config loaded = config();
            StoreAhead opened = ahead;
            ahead = null;
            library = LocalLibrary.open(loaded, dataDir, env, options.offline, opened);
        }
        return library;
    }

    Sources sources() throws ConfigException {
        if (sources == null) sources = new Sources(settingsOrDefaults(), env);
        return sources;
    }

    /** Colours only for a terminal, and never with --no-color or NO_COLOR. */
    boolean color() {
        return terminal.stdoutTty() && !options.noColor && !env.containsKey("NO_COLOR");
    }

    /** The language for dates and the UI: --lang, else LC_ALL, LC_MESSAGES, LANG; French or English. */
    Locale locale() {
        String tag = options.lang;
        for (String var : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            if (tag == null || tag.isBlank()) tag = env.get(var);
        }
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }

    @Override
    public void close() {
        if (ahead != null) ahead.close();
        if (library != null) library.close();
        if (sources != null) sources.close();
    }
}
