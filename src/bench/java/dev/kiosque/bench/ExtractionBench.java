package dev.kiosque.bench;

import dev.kiosque.article.Extractor;
import dev.kiosque.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectMapper;

/**
 * Article extraction throughput of {@link Extractor#extract(byte[], String, String)} on the DEV
 * pages of the extraction benchmark ({@code ../shared/extraction-dev/html/*.html.gz}, read at
 * set-up, decompressed in memory). One operation extracts one page, raw bytes in (the charset
 * is sniffed), pages taken in turn; one thread. The score is pages per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBench {

    /** Property naming the directory of {@code *.html.gz} pages when {@link #pages} is not given. */
    static final String PAGES_PROPERTY = "kiosque.bench.pages";
    private static final String DEFAULT_PAGES = "../shared/extraction-dev/html";
    private static final String TRUTH = "ground-truth-dev.json";

    /** Directory of {@code <id>.html.gz} pages; empty: the property, else the DEV set next to the repo. */
    @Param("")
    public String pages;

    private List<Corpus.Sample> samples;
    private int next;

    @Setup
    public void load() throws Exception {
        Path dir = Corpus.directory(pages, PAGES_PROPERTY, DEFAULT_PAGES);
        Map<String, String> urls = urls(dir.resolveSibling(TRUTH));
        samples = Corpus.read(dir, ".html.gz",
                name -> urls.getOrDefault(name.substring(0, name.indexOf('.')), "https://example.org/" + name));
        int words = 0;
        try {
            for (Corpus.Sample s : samples) words += Extractor.extract(s.body(), s.url(), null).words();
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("Extractor.extract is still a stub on this branch (" + e.getMessage()
                    + "): this benchmark needs the article package", e);
        }
        System.err.printf("%n%d pages, %.1f MB, %d words extracted%n", samples.size(), Corpus.totalBytes(samples) / 1e6, words);
    }

    /** Page URLs from the ground truth beside the pages, when it is there (some rules may look at the host). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> urls(Path truth) throws Exception {
        if (!Files.isRegularFile(truth)) return Map.of();
        Map<String, Map<String, Object>> all = new ObjectMapper().readValue(truth.toFile(), Map.class);
        Map<String, String> urls = new java.util.HashMap<>();
        all.forEach((id, entry) -> {
            if (entry.get("url") instanceof String url) urls.put(id, url);
        });
        return urls;
    }

    @Benchmark
    public Article extract() {
        Corpus.Sample s = samples.get(next);
        next = (next + 1) % samples.size();
        return Extractor.extract(s.body(), s.url(), null);
    }
}
