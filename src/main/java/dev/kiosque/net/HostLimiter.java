package dev.kiosque.net;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * At most {@code perHost} requests to one host at a time, across every thread of a refresh. Fair:
 * threads get a host's slots in the order they asked, so no feed starves behind its neighbours.
 */
final class HostLimiter {

    private final int perHost;
    private final ConcurrentMap<String, Semaphore> slots = new ConcurrentHashMap<>();

    /** {@code perHost} below 1 is taken as 1. */
    HostLimiter(int perHost) {
        this.perHost = Math.max(1, perHost);
    }

    /** Waits for a slot on {@code host}; pair with {@link #release(String)} in a finally block. */
    void acquire(String host) throws InterruptedException {
        semaphore(host).acquire();
    }

    void release(String host) {
        semaphore(host).release();
    }

    private Semaphore semaphore(String host) {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return slots.computeIfAbsent(key, k -> new Semaphore(perHost, true));
    }
}
