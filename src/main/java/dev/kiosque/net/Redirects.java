package dev.kiosque.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Follows one request's redirects by hand: at most {@link #MAX_REDIRECTS}, no loops, http(s) only.
 * The JDK's own redirect policy would hide the hops from the byte count and follow any number.
 */
final class Redirects {

    static final int MAX_REDIRECTS = 5;

    /** Where to go next, or why not ({@code target} null, {@code refusal} a plain reason). */
    record Next(URI target, String refusal) {}

    private final Set<URI> visited = new HashSet<>();
    private int followed;

    Redirects(URI start) {
        visited.add(key(start));
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Resolves {@code location} (relative or absolute) against {@code from} and checks it. */
    Next follow(URI from, String location, int status) {
        if (location == null || location.isBlank()) {
            return refuse(Failures.httpStatus(status) + " without a Location header");
        }
        URI target;
        try {
            // URI.resolve mangles a base with an empty path ("http://a" + "b" → "http://ab").
            URI base = from.getRawPath() == null || from.getRawPath().isEmpty() ? from.resolve("/") : from;
            target = base.resolve(Source.parse(location.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return refuse("redirect to a malformed URL");
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return refuse("redirect to unsupported scheme '" + scheme + "'");
        }
        if (target.getHost() == null) return refuse("redirect to a URL without a host");
        if (!visited.add(key(target))) return refuse("redirect loop at " + target);
        if (++followed > MAX_REDIRECTS) return refuse("too many redirects (more than " + MAX_REDIRECTS + ")");
        return new Next(target, null);
    }

    private static Next refuse(String reason) {
        return new Next(null, Failures.oneLine(reason));
    }

    /** The fragment never reaches the server, so it cannot break a loop. */
    private static URI key(URI uri) {
        try {
            URI n = uri.normalize();
            return new URI(n.getScheme().toLowerCase(Locale.ROOT), n.getRawAuthority().toLowerCase(Locale.ROOT),
                    n.getRawPath(), n.getRawQuery(), null);
        } catch (URISyntaxException | RuntimeException e) {
            return uri;
        }
    }
}
