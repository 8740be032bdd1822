package dev.kiosque.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The http(s) fast path of {@link FeedUrls#normalise} takes only URLs that {@link URI} keeps as written. */
class FeedUrlsTest {

    @Test
    void usual_urls_take_the_fast_path() {
        for (String url : List.of("http://127.0.0.1:18800/feeds/000.xml", "https://www.rfi.fr/fr/afrique/rss",
                "https://lefaso.net/spip.php?page=backend", "https://a.example/x?a=1&b=%C3%A9#top",
                "https://feeds.bbci.co.uk/afrique/rss.xml", "http://h")) {
            assertTrue(FeedUrls.plainHttp(url), url);
            assertEquals(url, FeedUrls.normalise(url, null));
        }
    }

    @Test
    void other_urls_take_the_slow_path() {
        for (String url : List.of("HTTP://a.example/", "http://", "http:///x", "https://a.example/a b",
                "https://a.example/%zz", "https://a.example/%4", "https://a.example/#a#b", "https://a.example/[x]",
                "https://a.example/é", "ftp://a.example/", "./feed.xml", "https://user@a.example/",
                "https://[::1]/")) {
            assertFalse(FeedUrls.plainHttp(url), url);
        }
    }

    @Test
    void every_fast_url_is_one_uri_keeps_as_written() {
        String alphabet = "aZ09.-_~:/?#%@!$&'()*+,;=[] \"<>é\\^`{|}";
        Random random = new Random(11);     // why fixed: a failure must be reproducible
        int fast = 0;
        for (int i = 0; i < 60_000; i++) {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "http://" : "https://");
            for (int n = random.nextInt(14); n > 0; n--) url.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = url.toString();
            if (!FeedUrls.plainHttp(s)) continue;
            fast++;
            try {
                URI uri = new URI(s);
                assertTrue(uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank(), s);
                assertTrue(uri.getScheme().equals("http") || uri.getScheme().equals("https"), s);
            } catch (URISyntaxException e) {
                throw new AssertionError("fast path took " + s + ": " + e.getMessage());
            }
        }
        assertTrue(fast > 1000, "fast " + fast);
    }
}
