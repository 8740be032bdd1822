package dev.kiosque.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proxies as curl and most Unix tools read them: {@code https_proxy} for https URLs,
 * {@code http_proxy} for http URLs (lower case first, then upper case), bypassed for the hosts of
 * {@code no_proxy}. A proxy value is {@code [http://][user:pass@]host[:port][/]}; credentials are
 * ignored. SOCKS proxies are not supported by the JDK client and are ignored.
 */
final class EnvProxySelector extends ProxySelector {

    private static final int DEFAULT_HTTP_PORT = 80;
    private static final int DEFAULT_HTTPS_PORT = 443;
    private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

    private final Proxy httpProxy;
    private final Proxy httpsProxy;
    private final NoProxy noProxy;

    private EnvProxySelector(Proxy httpProxy, Proxy httpsProxy, NoProxy noProxy) {
        this.httpProxy = httpProxy;
        this.httpsProxy = httpsProxy;
        this.noProxy = noProxy;
    }

    /** Reads the proxy variables from {@code env}; missing or malformed values mean no proxy. */
    static EnvProxySelector fromEnv(Map<String, String> env) {
        return new EnvProxySelector(proxy(variable(env, "http_proxy")), proxy(variable(env, "https_proxy")),
                NoProxy.parse(variable(env, "no_proxy")));
    }

    @Override
    public List<Proxy> select(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Proxy proxy = scheme.equals("https") ? httpsProxy : scheme.equals("http") ? httpProxy : null;
        if (proxy == null || noProxy.bypass(uri.getHost(), port(uri))) return DIRECT;
        return List.of(proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException error) {
        // Nothing to fall back to: the fetch reports the failure itself.
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? DEFAULT_HTTPS_PORT : DEFAULT_HTTP_PORT;
    }

    private static String variable(Map<String, String> env, String lowerName) {
        String value = env.get(lowerName);
        if (value == null || value.isBlank()) value = env.get(lowerName.toUpperCase(Locale.ROOT));
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An HTTP proxy from a variable's value, or null for none, SOCKS, or something unreadable. */
    static Proxy proxy(String value) {
        if (value == null) return null;
        String text = value.contains("://") ? value : "http://" + value;
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return null;
            String host = uri.getHost();
            if (host == null || host.isEmpty()) return null;
            if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? DEFAULT_HTTPS_PORT : DEFAULT_HTTP_PORT;
            // Unresolved: the client resolves the proxy's name when it connects, not now.
            return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
