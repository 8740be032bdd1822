package dev.kiosque.config;

import java.nio.file.Path;

/**
 * A problem in feeds.yaml, located: the message reads {@code FILE:LINE:COL: what is wrong}.
 * Line and column are 1-based; 0 when unknown (e.g. the file cannot be read).
 */
public final class ConfigException extends Exception {
    private final Path file;
    private final int line;
    private final int column;
    private final String detail;

    public ConfigException(Path file, int line, int column, String detail) {
        super(format(file, line, column, detail));
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    private static String format(Path file, int line, int column, String detail) {
        String where = file == null ? "feeds.yaml" : file.toString();
        if (line > 0) where += ":" + line + ":" + Math.max(column, 1);
        return where + ": " + detail;
    }

    public Path file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    /** The message without the location. */
    public String detail() { return detail; }
}
