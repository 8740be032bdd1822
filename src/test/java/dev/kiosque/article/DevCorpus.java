package dev.kiosque.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.ObjectMapper;

/**
 * The DEV half of the extraction benchmark, copied into the test resources
 * ({@code article/extraction-dev}: gzip pages and their ground truth).
 */
final class DevCorpus {

    static final String ROOT = "/article/extraction-dev/";

    /** One page: its id, URL, raw bytes and the ground-truth article body. */
    record Page(String id, String url, byte[] html, String truth) {}

    private DevCorpus() {}

    static List<Page> load() {
        try (InputStream in = DevCorpus.class.getResourceAsStream(ROOT + "ground-truth-dev.json")) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, String>> truth = new ObjectMapper().readValue(in, Map.class);
            List<Page> pages = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> e : new TreeMap<>(truth).entrySet()) {
                pages.add(new Page(e.getKey(), e.getValue().get("url"), html(e.getKey()),
                        e.getValue().get("articleBody")));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] html(String id) throws IOException {
        try (InputStream in = new GZIPInputStream(DevCorpus.class.getResourceAsStream(ROOT + "html/" + id + ".html.gz"))) {
            return in.readAllBytes();
        }
    }
}
