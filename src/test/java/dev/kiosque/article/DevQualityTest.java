package dev.kiosque.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quality bar of issue 3: F1 of at least 0.96 on the DEV half of the extraction benchmark
 * (copied into the test resources, so the test runs in a fresh clone), with the Java port of
 * {@code score.py}. The benchmark text of an article is {@link BenchText}.
 */
class DevQualityTest {

    static final double MIN_F1 = 0.96;

    @Test
    void dev_half_scores_at_least_the_bar() {
        List<ShingleScore.Page> pages = new ArrayList<>();
        for (DevCorpus.Page page : DevCorpus.load()) {
            Article a = Extractor.extract(page.html(), page.url(), null);
            pages.add(ShingleScore.page(page.truth(), BenchText.of(a)));
        }
        ShingleScore.Result r = ShingleScore.aggregate(pages);
        assertTrue(pages.size() == 91, "91 DEV pages");
        assertTrue(r.f1() >= MIN_F1, String.format("F1 %.4f (P %.4f, R %.4f) below %.2f", r.f1(), r.precision(),
                r.recall(), MIN_F1));
    }
}
