package dev.kiosque.net;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The HTTP clients of one fetcher: one for plain http, and one for https made on the first https
 * request. A {@code java.net.http} client sets up TLS when it is built (the default SSL context,
 * the trust store: some 300 classes and a few tenths of a CPU-second), which a refresh of plain
 * http sources never needs. Both clients are configured alike; the plain one is given a TLS
 * context that refuses to be used, so an https request can never go through it by mistake.
 *
 * <p>Both clients share one small executor: one thread per core. The JDK's default is a cached
 * pool that grows to one thread per exchange in flight (17 at 16 requests) and hands every step
 * of every exchange to whichever thread is free; its tasks never block, so more threads than
 * cores only add wake-ups and stacks. 500 conditional requests (all 304): 3.8 -> 2.9 CPU-s, and
 * 2 MiB less peak RSS.
 *
 * <p>Both clients are made on first use, and {@link #close} stops their selector threads. On JDK
 * 17 an {@code HttpClient} cannot be closed, and its selector thread waits in native code; at
 * exit the JVM waits up to 300 ms for threads in native code to come out (HotSpot's
 * {@code VM_Exit::wait_for_threads_in_native_to_block}), so every command that had made a client
 * took 0.33 s longer to end. The selector loop ends when its thread is interrupted, which is what
 * close does, for the threads these clients started.
 */
final class Clients {

    /** How long an idle executor thread lives: a fetcher kept by a long session costs no thread when idle. */
    private static final long IDLE_SECONDS = 5;
    /** How long {@link #close} waits for a selector thread to end. */
    private static final long CLOSE_WAIT_MS = 200;

    private final FetchSettings settings;
    private final Executor executor = executor();
    private volatile HttpClient plain;
    private volatile HttpClient tls;
    /** The selector threads the clients started; guarded by {@code this}. */
    private final List<Thread> selectors = new ArrayList<>();

    Clients(FetchSettings settings) {
        this.settings = settings;
    }

    /** The client for {@code uri}: https goes to the TLS client; each is made on its first request. */
    HttpClient clientFor(URI uri) {
        String scheme = uri.getScheme();
        if (scheme != null && scheme.toLowerCase(Locale.ROOT).equals("https")) return tls();
        return plain();
    }

    private HttpClient plain() {
        HttpClient c = plain;
        if (c != null) return c;
        synchronized (this) {
            // Explicit SSL parameters keep the builder from asking the (refusing) context for its defaults.
            if (plain == null) plain = build(builder().sslContext(new NoTls()).sslParameters(new SSLParameters()));
            return plain;
        }
    }

    private HttpClient tls() {
        HttpClient c = tls;
        if (c != null) return c;
        synchronized (this) {
            if (tls == null) tls = build(builder());  // the JDK's default TLS context and parameters
            return tls;
        }
    }

    /** Builds a client and notes the selector thread it started. Holds {@code this}. */
    private HttpClient build(HttpClient.Builder builder) {
        // The client starts its selector thread in its constructor: the new one is the thread with a
        // selector's name that was not there before. One build at a time in the process, so two
        // fetchers building at once cannot take each other's thread.
        synchronized (Clients.class) {
            Set<Thread> before = selectorThreads();
            HttpClient client = builder.build();
            for (Thread t : selectorThreads()) {
                if (!before.contains(t)) selectors.add(t);
            }
            return client;
        }
    }

    /**
     * Stops the selector threads of the clients (see the class comment) and waits briefly for them
     * to leave native code. Exchanges still in flight fail; the fetcher is closed by then.
     */
    void close() {
        List<Thread> threads;
        synchronized (this) {
            threads = new ArrayList<>(selectors);
            selectors.clear();
        }
        for (Thread t : threads) t.interrupt();
        for (Thread t : threads) {
            try {
                t.join(CLOSE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The selector threads the clients started and {@link #close} will stop (tests). */
    synchronized List<Thread> selectors() {
        return List.copyOf(selectors);
    }

    /** The live threads named as a {@code java.net.http} client names its selector thread. */
    private static Set<Thread> selectorThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] all = new Thread[root.activeCount() + 16];
        int n = root.enumerate(all, true);
        Set<Thread> found = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String name = all[i].getName();
            if (name.startsWith("HttpClient-") && name.endsWith("-SelectorManager")) found.add(all[i]);
        }
        return found;
    }

    /**
     * The clients' executor: at most one thread per core, made on demand, ended after a few idle
     * seconds, so it needs no shutting down (a shut executor would make the client fail later
     * exchanges instead).
     */
    private static Executor executor() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "kiosque-http");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(EnvProxySelector.fromEnv(settings.env()))
                .version(HttpClient.Version.HTTP_2);  // https only: plain http requests ask for HTTP/1.1
    }

    /** A TLS context for the plain client: any use of it is a bug, and says so. */
    private static final class NoTls extends SSLContext {
        NoTls() {
            super(new Refusing(), null, "TLS");
        }
    }

    private static final class Refusing extends SSLContextSpi {
        private static IllegalStateException refused() {
            return new IllegalStateException("TLS on the plain-http client: https must use the TLS client");
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }
}
