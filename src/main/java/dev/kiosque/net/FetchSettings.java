package dev.kiosque.net;

import java.time.Duration;
import java.util.Map;

/**
 * How to fetch: timeouts, connections per host, the User-Agent, and the environment to read
 * {@code https_proxy}/{@code http_proxy}/{@code no_proxy} from.
 */
public record FetchSettings(Duration connectTimeout, Duration timeout, int perHost, String userAgent,
                            Map<String, String> env) {
    public FetchSettings {
        env = env == null ? Map.of() : Map.copyOf(env);
    }
}
