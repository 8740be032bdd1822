package dev.kiosque.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the config and the data live. Config: {@code --config}, then {@code $KIOSQUE_CONFIG},
 * then {@code ./feeds.yaml}, then {@code $XDG_CONFIG_HOME/kiosque/feeds.yaml} (default
 * {@code ~/.config}). Data: {@code --data-dir}, else {@code $XDG_DATA_HOME/kiosque} (default
 * {@code ~/.local/share/kiosque}). Home is {@code $HOME}, else the {@code user.home} property.
 * Relative paths given by option or environment are resolved against the working directory.
 */
public final class ConfigPaths {

    /** The file name looked for in the working directory and in the XDG config directory. */
    public static final String FILE_NAME = "feeds.yaml";
    private static final String APP = "kiosque";

    private ConfigPaths() {}

    /**
     * The config file to use. An explicit {@code --config} or {@code $KIOSQUE_CONFIG} is returned
     * even when it does not exist (so the error names it); otherwise the first existing candidate,
     * else the last candidate.
     */
    public static Path configFile(String option, Map<String, String> env, Path workingDir) {
        if (present(option)) return workingDir.resolve(option).normalize();
        String fromEnv = env.get("KIOSQUE_CONFIG");
        if (present(fromEnv)) return workingDir.resolve(fromEnv).normalize();
        List<Path> candidates = new ArrayList<>();
        candidates.add(workingDir.resolve(FILE_NAME));
        candidates.add(xdg(env, "XDG_CONFIG_HOME", ".config").resolve(APP).resolve(FILE_NAME));
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElse(candidates.get(candidates.size() - 1));
    }

    /** The data directory (the store lives there); not created here. */
    public static Path dataDir(String option, Map<String, String> env) {
        if (present(option)) return Path.of(option).toAbsolutePath().normalize();
        return xdg(env, "XDG_DATA_HOME", ".local/share").resolve(APP);
    }

    /** An XDG base directory: the variable when it holds an absolute path (as the spec demands), else under home. */
    private static Path xdg(Map<String, String> env, String variable, String fallback) {
        String value = env.get(variable);
        if (present(value) && Path.of(value).isAbsolute()) return Path.of(value);
        return home(env).resolve(fallback);
    }

    private static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(present(home) ? home : System.getProperty("user.home"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
