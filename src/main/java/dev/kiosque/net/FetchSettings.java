package dev.kiosque.net;

import java.time.Duration;
import java.util.Map;

/**
 * How to fetch: the connect timeout, the total deadline of one request (connecting, every redirect
 * and reading the body), connections per host, the User-Agent, and the environment to read
 * {@code https_proxy}/{@code http_proxy}/{@code no_proxy} from. Missing values get defaults:
 * 10s to connect, 20s in all, 2 per host, {@code kiosque} as User-Agent, no proxy.
 */
public record FetchSettings(Duration connectTimeout, Duration timeout, int perHost, String userAgent,
                            Map<String, String> env) {

    /** The total deadline when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** The connect timeout when none is given. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Connections to one host at once when none is given. */
    public static final int DEFAULT_PER_HOST = 2;

    /** Fills in the defaults for null or non-positive values and copies {@code env}. */
    public FetchSettings {
        timeout = positiveOr(timeout, DEFAULT_TIMEOUT);
        connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        if (connectTimeout.compareTo(timeout) > 0) connectTimeout = timeout;
        perHost = perHost < 1 ? DEFAULT_PER_HOST : perHost;
        userAgent = userAgent == null || userAgent.isBlank() ? "kiosque" : userAgent;
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    private static Duration positiveOr(Duration d, Duration fallback) {
        return d == null || d.isZero() || d.isNegative() ? fallback : d;
    }
}
