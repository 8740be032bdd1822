package dev.kiosque.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a source string names (a web URL, a file, or something we refuse) and how to parse it. */
final class Source {

    /** The kinds of source a fetch accepts. */
    enum Kind { HTTP, FILE, UNSUPPORTED }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    /** Characters that may stand unescaped in a URI; anything else is percent-encoded as UTF-8. */
    private static final String URI_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";

    private Source() {}

    static Kind kindOf(String source) {
        if (source.isEmpty()) return Kind.UNSUPPORTED;
        String scheme = schemeOf(source);
        if (scheme == null) return Kind.FILE;
        if (scheme.equals("http") || scheme.equals("https")) return Kind.HTTP;
        if (scheme.equals("file")) return Kind.FILE;
        // "notes:today.xml" or a Windows drive letter: a file if one exists by that name.
        return existsAsPath(source) ? Kind.FILE : Kind.UNSUPPORTED;
    }

    /** The lower-cased scheme of {@code source}, or null when it has none. */
    static String schemeOf(String source) {
        Matcher m = SCHEME.matcher(source);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The path a {@code file:} URL or a plain path names. */
    static Path filePath(String source) {
        if (!"file".equals(schemeOf(source))) return Path.of(source);
        try {
            URI uri = parse(source);
            String path = uri.getPath();
            if (path != null && !path.isEmpty()) return Path.of(path);
        } catch (URISyntaxException | InvalidPathException e) {
            // fall through to the raw text after "file:"
        }
        String rest = source.substring("file:".length());
        int pathStart = rest.startsWith("//") ? rest.indexOf('/', 2) : 0;
        return Path.of(pathStart < 0 ? rest.substring(2) : rest.substring(pathStart));
    }

    /**
     * Parses a URL as people and servers write it: spaces and non-ASCII characters, which a strict
     * URI refuses, are percent-encoded first.
     */
    static URI parse(String url) throws URISyntaxException {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return new URI(encodeLoosely(url));
        }
    }

    private static String encodeLoosely(String url) {
        StringBuilder sb = new StringBuilder(url.length() + 16);
        for (byte b : url.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && URI_CHARS.indexOf(c) >= 0) sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }

    private static boolean existsAsPath(String source) {
        try {
            return Files.exists(Path.of(source));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
