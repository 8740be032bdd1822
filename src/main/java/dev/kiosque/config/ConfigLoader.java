package dev.kiosque.config;

import java.nio.file.Path;

/** Reads and validates feeds.yaml. */
public final class ConfigLoader {
    private ConfigLoader() {}

    /** Loads {@code file}; every problem is a {@link ConfigException} with file:line:col. */
    public static Config load(Path file) throws ConfigException {
        throw new UnsupportedOperationException("TODO config helper");
    }

    /** Parses YAML text as if read from {@code file} (used for messages only). */
    public static Config parse(String yaml, Path file) throws ConfigException {
        throw new UnsupportedOperationException("TODO config helper");
    }
}
