package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The small pieces: failure wording, Retry-After, redirects, sources, decoding. */
class HelpersTest {

    private static final URI EXAMPLE = URI.create("https://example.invalid/feed");

    @Test
    void an_unresolvable_host_is_named() {
        ConnectException wrapped = new ConnectException();
        wrapped.initCause(new UnresolvedAddressException());

        assertEquals("unknown host example.invalid", Failures.describe(wrapped, EXAMPLE));
        assertEquals("unknown host example.invalid", Failures.describe(new UnknownHostException("x"), EXAMPLE));
    }

    @Test
    void a_tls_failure_gives_its_deepest_cause_without_class_names() {
        SSLHandshakeException error = new SSLHandshakeException(
                "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: "
                        + "unable to find valid certification path to requested target");

        assertEquals("TLS handshake failed: PKIX path building failed: unable to find valid certification path "
                + "to requested target", Failures.describe(new IOException(error), EXAMPLE));
    }

    @Test
    void reasons_are_one_clean_line() {
        assertEquals("a [31mb c", Failures.oneLine("a\r\n\u001b[31mb\u202e c"));  // the ESC is what matters
        assertEquals(161, Failures.oneLine("x".repeat(500)).length());
    }

    @Test
    void durations_read_like_the_settings() {
        assertEquals("timed out after 20s", Failures.timedOut(Duration.ofSeconds(20)));
        assertEquals("timed out after 500ms", Failures.timedOut(Duration.ofMillis(500)));
        assertEquals("timed out after 2m", Failures.timedOut(Duration.ofMinutes(2)));
    }

    @Test
    void retry_after_reads_seconds_and_dates_and_ignores_nonsense() {
        Instant now = Instant.parse("2025-02-07T09:00:00Z");

        assertEquals(Duration.ofSeconds(90), RetryAfter.parse(" 90 ", now));
        assertEquals(Duration.ofMinutes(12), RetryAfter.parse("Fri, 07 Feb 2025 09:12:00 GMT", now));
        assertEquals(Duration.ofMinutes(12), RetryAfter.parse("Mon, 07 Feb 2025 09:12:00 GMT", now));
        assertEquals(Duration.ZERO, RetryAfter.parse("Fri, 07 Feb 2020 09:12:00 GMT", now));
        assertEquals(RetryAfter.MAX, RetryAfter.parse("99999999999999", now));
        assertNull(RetryAfter.parse("soon", now));
        assertNull(RetryAfter.parse(null, now));
    }

    private static HttpHeaders headers(String... nameValues) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) map.put(nameValues[i], List.of(nameValues[i + 1]));
        return HttpHeaders.of(map, (name, value) -> true);
    }

    @Test
    void freshness_comes_from_max_age_less_the_age_then_from_expires() {
        Instant now = Instant.parse("2025-02-07T09:00:00Z");

        assertEquals(Duration.ofSeconds(240), Freshness.of(headers("Cache-Control", "public, max-age=300", "Age", "60"), now));
        assertEquals(Duration.ZERO, Freshness.of(headers("Cache-Control", "no-cache, max-age=300"), now));
        assertEquals(Duration.ofMinutes(30), Freshness.of(headers("Expires", "Fri, 07 Feb 2025 10:00:00 GMT",
                "Date", "Fri, 07 Feb 2025 09:30:00 GMT"), now));
        assertEquals(Duration.ZERO, Freshness.of(headers("Expires", "0"), now));
        assertEquals(Freshness.MAX, Freshness.of(headers("Cache-Control", "max-age=99999999"), now));
        assertNull(Freshness.of(headers("ETag", "\"x\""), now));
    }

    @Test
    void a_relative_location_resolves_against_a_url_without_a_path() {
        Redirects redirects = new Redirects(URI.create("http://a.example"));

        assertEquals(URI.create("http://a.example/feed"), redirects.follow(URI.create("http://a.example"), "feed", 301).target());
    }

    @Test
    void a_location_with_spaces_is_followed_encoded() {
        Redirects redirects = new Redirects(URI.create("http://a.example/x"));

        assertEquals("http://a.example/mon%20flux", redirects.follow(URI.create("http://a.example/x"), "/mon flux", 302)
                .target().toString());
    }

    @Test
    void a_redirect_without_location_is_a_failure() {
        Redirects redirects = new Redirects(URI.create("http://a.example/x"));

        assertEquals("HTTP 302 Found without a Location header", redirects.follow(URI.create("http://a.example/x"), null, 302)
                .refusal());
    }

    @Test
    void sources_are_told_apart_by_their_scheme() {
        assertEquals(Source.Kind.HTTP, Source.kindOf("HTTPS://example.org/"));
        assertEquals(Source.Kind.FILE, Source.kindOf("file:///tmp/x.xml"));
        assertEquals(Source.Kind.FILE, Source.kindOf("feeds/local.xml"));
        assertEquals(Source.Kind.UNSUPPORTED, Source.kindOf("gopher://example.org/"));
        assertEquals("/tmp/a b.xml", Source.filePath("file:///tmp/a%20b.xml").toString());
        assertEquals("/tmp/a b.xml", Source.filePath("file://localhost/tmp/a b.xml").toString());
    }

    @Test
    void stacked_encodings_are_undone_last_first() throws IOException {
        byte[] plain = "bonjour".getBytes(StandardCharsets.UTF_8);
        byte[] twice = LocalServer.gzip(LocalServer.deflate(plain, false));

        try (InputStream in = ContentDecoding.wrap(new ByteArrayInputStream(twice), "deflate, gzip")) {
            assertEquals("bonjour", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void media_type_and_charset_come_from_content_type() {
        assertEquals("text/html", ResponseHeaders.mediaType("Text/HTML ; Charset=ISO-8859-1"));
        assertEquals("ISO-8859-1", ResponseHeaders.charset("Text/HTML ; Charset=ISO-8859-1"));
        assertNull(ResponseHeaders.charset("text/html"));
        assertNull(ResponseHeaders.charset("text/html; charset=\u001b[2J"));
    }
}
