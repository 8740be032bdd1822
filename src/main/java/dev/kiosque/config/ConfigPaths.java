package dev.kiosque.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the config and the data live. Config: {@code --config}, then {@code $KIOSQUE_CONFIG},
 * then {@code ./feeds.yaml}, then {@code $XDG_CONFIG_HOME/kiosque/feeds.yaml} (default
 * {@code ~/.config}). Data: {@code --data-dir}, else {@code $XDG_DATA_HOME/kiosque} (default
 * {@code ~/.local/share/kiosque}).
 */
public final class ConfigPaths {
    private ConfigPaths() {}

    /** The config file to use; the last candidate when none exists (so the error names it). */
    public static Path configFile(String option, Map<String, String> env, Path workingDir) {
        throw new UnsupportedOperationException("TODO config helper");
    }

    public static Path dataDir(String option, Map<String, String> env) {
        throw new UnsupportedOperationException("TODO config helper");
    }
}
