package dev.kiosque.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Input files of a benchmark, read once in the set-up: every regular file of a directory whose
 * name ends with a suffix, in name order, as bytes ({@code .gz} files are decompressed).
 */
final class Corpus {

    /** One input: where it claims to come from and its bytes. */
    record Sample(String name, String url, byte[] body) {}

    private Corpus() {}

    /**
     * The directory to read: the {@code @Param} value when given, else the system property,
     * else the default (relative paths are resolved against the working directory, which
     * {@code bench/jmh.sh} sets to the repository root).
     */
    static Path directory(String param, String property, String fallback) {
        String chosen = param != null && !param.isBlank() ? param : System.getProperty(property, fallback);
        Path dir = Path.of(chosen).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no directory " + dir + " (set -p or -D" + property + "=DIR; see bench/jmh.sh)");
        }
        return dir;
    }

    /** Reads every file of {@code dir} ending with {@code suffix}; {@code urlOf} maps a file name to its URL. */
    static List<Sample> read(Path dir, String suffix, Function<String, String> urlOf) {
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                String name = file.getFileName().toString();
                samples.add(new Sample(name, urlOf.apply(name), bytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (samples.isEmpty()) throw new IllegalStateException("no *" + suffix + " file in " + dir);
        return samples;
    }

    private static byte[] bytes(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) return Files.readAllBytes(file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** Total size of the samples, for the one-line summary printed at set-up. */
    static long totalBytes(List<Sample> samples) {
        return samples.stream().mapToLong(s -> s.body().length).sum();
    }
}
