package dev.kiosque.app;

import dev.kiosque.config.Settings;
import dev.kiosque.net.FetchSettings;
import dev.kiosque.net.Fetcher;
import java.time.Duration;
import java.util.Map;

/** Builds the one fetcher of a run from the settings. */
final class Fetchers {
    /** Connecting takes no longer than this even when the total timeout is long: a dead host should fail fast. */
    static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private Fetchers() {}

    static Fetcher create(Settings settings, Map<String, String> env) {
        Duration connect = settings.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0 ? settings.timeout() : MAX_CONNECT_TIMEOUT;
        return new Fetcher(new FetchSettings(connect, settings.timeout(), settings.perHost(), Version.userAgent(), env));
    }
}
