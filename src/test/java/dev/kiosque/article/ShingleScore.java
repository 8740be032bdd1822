package dev.kiosque.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java port of the extraction benchmark's metric ({@code ../shared/extraction-dev/score.py}):
 * word tokens ({@code [\p{L}\p{N}_]+}, Python's {@code \w}), 4-shingles compared as multisets per
 * page, precision and recall averaged over pages, F1 of the two averages.
 */
final class ShingleScore {

    static final int SHINGLE = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** Shingle counts of one page: true positives, false positives, false negatives. */
    record Page(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }
    }

    /** Macro precision, macro recall and their F1. */
    record Result(double precision, double recall, double f1) {}

    private ShingleScore() {}

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) return out;
        if (tokens.size() <= SHINGLE) {
            out.put(tokens, 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) out.merge(tokens.subList(i, i + SHINGLE), 1, Integer::sum);
        return out;
    }

    static Page page(String truth, String prediction) {
        Map<List<String>, Integer> t = shingles(tokens(truth));
        Map<List<String>, Integer> p = shingles(tokens(prediction));
        int common = 0;
        int nt = 0;
        int np = 0;
        for (int v : t.values()) nt += v;
        for (int v : p.values()) np += v;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) common += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        return new Page(common, np - common, nt - common);
    }

    static Result aggregate(List<Page> pages) {
        double p = 0;
        double r = 0;
        int np = 0;
        int nr = 0;
        for (Page page : pages) {
            if (page.tp() + page.fp() > 0) {
                p += page.precision();
                np++;
            }
            if (page.tp() + page.fn() > 0) {
                r += page.recall();
                nr++;
            }
        }
        p = np == 0 ? 0 : p / np;
        r = nr == 0 ? 0 : r / nr;
        return new Result(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
