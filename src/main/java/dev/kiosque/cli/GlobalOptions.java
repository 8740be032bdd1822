package dev.kiosque.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after the command name. */
public final class GlobalOptions {

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "feeds.yaml to use (default: $KIOSQUE_CONFIG, ./feeds.yaml, $XDG_CONFIG_HOME/kiosque/feeds.yaml)")
    String config;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "where the store lives (default: $XDG_DATA_HOME/kiosque)")
    String dataDir;

    @Option(names = "--offline", scope = ScopeType.INHERIT, description = "never touch the network")
    boolean offline;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "no colours (also when NO_COLOR is set)")
    boolean noColor;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "more detail; stack traces on errors")
    boolean verbose;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT,
            description = "language of the text UI and of dates: en or fr (default: from LC_ALL/LANG)")
    String lang;
}
