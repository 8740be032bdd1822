package dev.kiosque.article;

import dev.kiosque.model.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the extractor's predictions on the DEV pages for {@code score.py}, prints the Java
 * port's score and a first speed figure (a timed loop on one thread, after a warm-up).
 * Usage: {@code DevBenchMain OUT_DIR [rounds]}.
 */
public final class DevBenchMain {

    private DevBenchMain() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/dev-predictions");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Files.createDirectories(out);
        List<DevCorpus.Page> pages = DevCorpus.load();
        ObjectMapper json = new ObjectMapper();
        List<ShingleScore.Page> scores = new ArrayList<>();
        for (DevCorpus.Page page : pages) {
            Article a = Extractor.extract(page.html(), page.url(), null);
            String text = BenchText.of(a);
            Files.writeString(out.resolve(page.id() + ".json"),
                    json.writeValueAsString(Map.of("articleBody", text)), StandardCharsets.UTF_8);
            ShingleScore.Page s = ShingleScore.page(page.truth(), text);
            scores.add(s);
            if (System.getenv("VERBOSE") != null) {
                System.out.printf("%s p=%.3f r=%.3f %s%n", page.id().substring(0, 8), s.precision(), s.recall(), page.url());
            }
        }
        ShingleScore.Result r = ShingleScore.aggregate(scores);
        System.out.printf("DEV pages=%d precision=%.4f recall=%.4f F1=%.4f%n", pages.size(), r.precision(), r.recall(), r.f1());
        if (rounds > 0) time(pages, rounds);
    }

    private static void time(List<DevCorpus.Page> pages, int rounds) {
        for (int i = 0; i < 3; i++) for (DevCorpus.Page p : pages) Extractor.extract(p.html(), p.url(), null);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) for (DevCorpus.Page p : pages) Extractor.extract(p.html(), p.url(), null);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        int n = rounds * pages.size();
        // CPU time of this thread is what one core spends; wall time also counts waiting for a shared core
        System.out.printf("speed: %.1f pages/s of thread CPU time, %.1f pages/s wall clock, over %d rounds of %d pages%n",
                n / cpuSeconds, n / seconds, rounds, pages.size());
    }
}
