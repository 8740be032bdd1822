package dev.kiosque.net;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLException;

/** Turns what went wrong into the one plain line a reader sees after a feed's name. */
final class Failures {

    static final String CANCELLED = "cancelled";
    /** Exception messages can be long and carry class names; a reason stays one short line. */
    private static final int MAX_REASON = 160;

    private static final Map<Integer, String> STATUS_TEXT = Map.ofEntries(
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(305, "Use Proxy"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(407, "Proxy Authentication Required"), Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"), Map.entry(410, "Gone"), Map.entry(411, "Length Required"),
            Map.entry(412, "Precondition Failed"), Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(416, "Range Not Satisfiable"), Map.entry(418, "I'm a teapot"),
            Map.entry(421, "Misdirected Request"), Map.entry(422, "Unprocessable Content"),
            Map.entry(425, "Too Early"), Map.entry(426, "Upgrade Required"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"),
            Map.entry(508, "Loop Detected"), Map.entry(511, "Network Authentication Required"),
            Map.entry(520, "Unknown Error"), Map.entry(521, "Web Server Is Down"),
            Map.entry(522, "Connection Timed Out"), Map.entry(523, "Origin Is Unreachable"),
            Map.entry(524, "A Timeout Occurred"), Map.entry(525, "SSL Handshake Failed"),
            Map.entry(526, "Invalid SSL Certificate"));

    private Failures() {}

    /**
     * The kind of a failure from its status and the reason this class wrote: every reason a
     * failure can carry comes from here, so the mapping stays next to the words.
     */
    static FetchResult.Failed.Kind kindOf(int status, String reason) {
        if (status > 0) return FetchResult.Failed.Kind.HTTP;
        if (reason == null) return FetchResult.Failed.Kind.OTHER;
        if (reason.equals(CANCELLED)) return FetchResult.Failed.Kind.CANCELLED;
        if (reason.startsWith("connection timed out") || reason.startsWith("connection refused")
                || reason.startsWith("no route to host") || reason.startsWith("unknown host")) {
            return FetchResult.Failed.Kind.CONNECT;
        }
        if (reason.startsWith("timed out")) return FetchResult.Failed.Kind.TIMEOUT;
        return FetchResult.Failed.Kind.OTHER;
    }

    /** {@code HTTP 404 Not Found}; just {@code HTTP 499} for a status without a standard name. */
    static String httpStatus(int status) {
        String text = STATUS_TEXT.get(status);
        return text == null ? "HTTP " + status : "HTTP " + status + " " + text;
    }

    /** The standard reason phrase of {@code status}, or an empty string. */
    static String statusText(int status) {
        return STATUS_TEXT.getOrDefault(status, "");
    }

    static String timedOut(Duration timeout) {
        return "timed out after " + format(timeout);
    }

    /**
     * Describes an exception from connecting, the TLS handshake or the exchange. {@code uri} names
     * the host in "unknown host" (may be null); {@code connectTimeout} is the limit that a connect
     * timeout hit.
     */
    static String describe(Throwable error, URI uri, Duration connectTimeout) {
        String host = uri == null || uri.getHost() == null ? "" : " " + uri.getHost();
        if (has(error, UnresolvedAddressException.class) || has(error, UnknownHostException.class)) {
            return oneLine("unknown host" + host);
        }
        if (has(error, HttpConnectTimeoutException.class)) return "connection timed out after " + format(connectTimeout);
        if (has(error, NoRouteToHostException.class)) return oneLine("no route to host" + host);
        if (has(error, ConnectException.class)) return "connection refused";
        SSLException tls = find(error, SSLException.class);
        if (tls != null) return oneLine("TLS handshake failed: " + shortMessage(tls));
        if (has(error, HttpTimeoutException.class)) return "timed out";
        if (has(error, InterruptedException.class) || has(error, InterruptedIOException.class)) return CANCELLED;
        if (has(error, EOFException.class)) return "connection closed by the server";
        if (error instanceof IllegalArgumentException) return oneLine("malformed URL: " + shortMessage(error));
        return oneLine("network error: " + shortMessage(error));
    }

    /** The same as {@link #describe(Throwable, URI, Duration)} when no connect timeout applies. */
    static String describe(Throwable error, URI uri) {
        return describe(error, uri, Duration.ZERO);
    }

    /** The most specific message in the cause chain, without Java class names. */
    static String shortMessage(Throwable error) {
        String message = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
        }
        if (message == null) return error.getClass().getSimpleName();
        // "sun.security.validator.ValidatorException: PKIX path ..." → "PKIX path ..."
        message = message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*", "");
        return oneLine(message);
    }

    /**
     * One line of plain text: control and bidi-override characters dropped, whitespace collapsed,
     * length capped. Reasons quote hosts and server messages, which are untrusted.
     */
    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_REASON + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() < MAX_REASON; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = sb.length() > 0;
            } else if (!isFormatChar(c)) {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.length() >= MAX_REASON ? sb.append('…').toString() : sb.toString();
    }

    /** Compact durations like the rest of kiosque writes them: {@code 500ms}, {@code 20s}, {@code 2m}. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + "ms";
        long s = d.getSeconds();
        return s < 120 || s % 60 != 0 ? s + "s" : (s / 60) + "m";
    }

    private static boolean isFormatChar(char c) {
        return Character.getType(c) == Character.FORMAT;  // bidi overrides, zero-width marks
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        return find(error, type) != null;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 16; t = t.getCause(), depth++) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
