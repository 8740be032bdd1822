package dev.kiosque.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a feed's {@code url} may be, and what kiosque fetches for it. Allowed: http and https URLs
 * with a host, {@code file:} URLs with an absolute path, and filesystem paths that are absolute or
 * start with {@code ./}, {@code ../} or {@code ~/}. Paths are resolved against the directory of
 * feeds.yaml ({@code ~} against the home directory) and normalised to absolute {@code file:} URLs,
 * so that {@code FeedRef.url} is always something to fetch: an http(s) URL or a {@code file:} URL.
 * {@code file:} URLs are respelt as {@code file:///path}; http(s) URLs are kept as written.
 */
final class FeedUrls {

    private static final List<String> SCHEMES = List.of("http", "https", "file");
    /** Compiled on first use: the usual URL takes {@link #plainHttp} and needs neither (~3 ms at start-up). */
    private static final class Patterns {
        /** A bare host name, as in {@code example.org/rss}: the user forgot the scheme. */
        static final Pattern BARE_HOST = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(:\\d+)?(/.*)?");
        static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    }

    private FeedUrls() {}

    /**
     * Returns the URL to fetch for {@code raw} as written in feeds.yaml.
     *
     * @param baseDir the directory relative paths are resolved against
     * @throws IllegalArgumentException with a one-line reason when {@code raw} is not allowed
     */
    static String normalise(String raw, Path baseDir) {
        String url = raw.strip();
        if (url.isEmpty()) throw new IllegalArgumentException("empty URL");
        if (plainHttp(url)) return url;      // fast path: java.net.URI would take it and keep it as written
        if (isPath(url)) return pathUrl(url, baseDir);
        if (!Patterns.SCHEME.matcher(url).lookingAt()) {
            throw new IllegalArgumentException("malformed URL '" + raw + "' (" + schemeless(url) + ")");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL '" + raw + "' (" + syntax(url, e) + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> {
                if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
                    throw new IllegalArgumentException("malformed URL '" + raw + "' (no host)");
                }
                return url;
            }
            case "file" -> {
                if (uri.getPath() == null || !uri.getPath().startsWith("/")) {
                    throw new IllegalArgumentException("malformed URL '" + raw
                            + "' (a file: URL needs an absolute path; write ./" + fileTail(url)
                            + " for a path relative to feeds.yaml)");
                }
                return fileUrl(uri, raw);
            }
            case "" -> throw new IllegalArgumentException("malformed URL '" + raw + "' (" + schemeless(url) + ")");
            default -> {
                String close = Suggest.closest(scheme, SCHEMES);
                String hint = close != null ? "did you mean '" + close + ":'?" : "use http, https, file: or a path";
                throw new IllegalArgumentException("unsupported URL scheme '" + uri.getScheme() + ":' in '" + raw
                        + "' (" + hint + ")");
            }
        }
    }

    /**
     * True for an {@code http://} or {@code https://} URL written only with characters that
     * {@link URI} takes anywhere: a non-empty authority of letters, digits and {@code .-_~:}, then
     * a path, query and fragment of unreserved characters, sub-delimiters, {@code :@/?} and valid
     * {@code %} escapes, with at most one {@code #}. {@link #normalise} returns such a URL as it is;
     * this check costs a few microseconds, where parsing it with {@link URI} at start-up costs ~0.15 ms.
     */
    static boolean plainHttp(String url) {
        int i = url.startsWith("http://") ? 7 : url.startsWith("https://") ? 8 : -1;
        if (i < 0) return false;
        int n = url.length();
        int hostStart = i;
        while (i < n) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') break;
            if (!(alnum(c) || c == '.' || c == '-' || c == '_' || c == '~' || c == ':')) return false;
            i++;
        }
        if (i == hostStart) return false;
        boolean fragment = false;
        for (; i < n; i++) {
            char c = url.charAt(i);
            if (alnum(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0) continue;
            if (c == '#' && !fragment) {
                fragment = true;
            } else if (c != '%' || i + 2 >= n || !hex(url.charAt(i + 1)) || !hex(url.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * The identity of a normalised URL for duplicate checks: scheme and host are case-insensitive,
     * so {@code HTTPS://Example.org/rss} and {@code https://example.org/rss} are one feed.
     */
    static String identity(String url) {
        if (!url.contains("//")) return url;
        int hostEnd = url.indexOf('/', url.indexOf("//") + 2);
        String head = hostEnd < 0 ? url : url.substring(0, hostEnd);
        // concat, not "+": this runs for every feed at start-up, before string concatenation is bootstrapped
        return head.toLowerCase(Locale.ROOT).concat(hostEnd < 0 ? "" : url.substring(hostEnd));
    }

    private static String syntax(String url, URISyntaxException e) {
        int at = e.getIndex();
        if (e.getReason().contains("authority")) return "no host";
        if (at < 0 || at >= url.length()) return e.getReason().toLowerCase(Locale.ROOT);
        char c = url.charAt(at);
        if (Character.isWhitespace(c)) return "a space at character " + (at + 1) + "; write spaces as %20";
        return "unexpected '" + c + "' at character " + (at + 1);
    }

    private static String schemeless(String url) {
        if (Patterns.BARE_HOST.matcher(url).matches()) return "did you mean 'https://" + url + "'?";
        return "expected http://, https://, file: or a path starting with /, ./ or ../";
    }

    /** One spelling per file ({@code file:/x} and {@code file:///x} are the same file). */
    private static String fileUrl(URI uri, String raw) {
        try {
            return Path.of(uri).toUri().toString();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new IllegalArgumentException("malformed URL '" + raw + "' (a file: URL is file:///absolute/path)");
        }
    }

    /** True when {@code url} is written as a filesystem path rather than a URL. */
    static boolean isPath(String url) {
        return url.startsWith("/") || url.startsWith("./") || url.startsWith("../") || url.startsWith("~/");
    }

    private static String pathUrl(String raw, Path baseDir) {
        try {
            Path path;
            if (raw.startsWith("~/")) {
                path = Path.of(System.getProperty("user.home")).resolve(raw.substring(2));
            } else {
                path = baseDir.resolve(raw);
            }
            return path.toAbsolutePath().normalize().toUri().toString();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("malformed path '" + raw + "' (" + e.getReason() + ")");
        }
    }

    private static String fileTail(String url) {
        String tail = url.substring("file:".length());
        while (tail.startsWith("/")) tail = tail.substring(1);
        return tail;
    }
}
