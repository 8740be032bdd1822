package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which proxy, if any, the environment picks for a URL. */
class EnvProxySelectorTest {

    private static String proxyFor(Map<String, String> env, String url) {
        List<Proxy> proxies = EnvProxySelector.fromEnv(env).select(URI.create(url));
        assertEquals(1, proxies.size());
        Proxy proxy = proxies.get(0);
        if (proxy.type() == Proxy.Type.DIRECT) return "DIRECT";
        InetSocketAddress address = (InetSocketAddress) proxy.address();
        return address.getHostString() + ":" + address.getPort();
    }

    @Test
    void each_scheme_uses_its_own_variable() {
        Map<String, String> env = Map.of("http_proxy", "http://plain.proxy:3128", "https_proxy", "secure.proxy:8443");

        assertEquals("plain.proxy:3128", proxyFor(env, "http://example.org/feed"));
        assertEquals("secure.proxy:8443", proxyFor(env, "https://example.org/feed"));
    }

    @Test
    void upper_case_variables_count_when_lower_case_ones_are_missing() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://upper:1", "HTTP_PROXY", "http://upper:2",
                "http_proxy", "http://lower:3");

        assertEquals("upper:1", proxyFor(env, "https://example.org/"));
        assertEquals("lower:3", proxyFor(env, "http://example.org/"));
    }

    @Test
    void without_variables_everything_goes_direct() {
        assertEquals("DIRECT", proxyFor(Map.of(), "https://example.org/"));
        assertEquals("DIRECT", proxyFor(Map.of("https_proxy", "http://p:1"), "http://example.org/"));
    }

    @Test
    void a_proxy_value_may_carry_credentials_a_path_or_no_port() {
        assertEquals("p.example:8080", proxyFor(Map.of("http_proxy", "http://user:secret@p.example:8080/"), "http://a/"));
        assertEquals("p.example:80", proxyFor(Map.of("http_proxy", "p.example"), "http://a/"));
        assertEquals("::1:3128", proxyFor(Map.of("http_proxy", "http://[::1]:3128"), "http://a/"));
    }

    @Test
    void socks_and_garbage_proxies_are_ignored() {
        assertNull(EnvProxySelector.proxy("socks5://p:1080"));
        assertNull(EnvProxySelector.proxy("http://"));
        assertNull(EnvProxySelector.proxy("::::"));
    }

    @Test
    void no_proxy_bypasses_domains_their_subdomains_and_nothing_else() {
        Map<String, String> env = Map.of("http_proxy", "http://p:1", "no_proxy", "example.org, .internal.net,*.corp");

        assertEquals("DIRECT", proxyFor(env, "http://example.org/"));
        assertEquals("DIRECT", proxyFor(env, "http://news.example.org/"));
        assertEquals("DIRECT", proxyFor(env, "http://internal.net/"));
        assertEquals("DIRECT", proxyFor(env, "http://a.b.internal.net/"));
        assertEquals("DIRECT", proxyFor(env, "http://x.corp/"));
        assertEquals("p:1", proxyFor(env, "http://notexample.org/"));
        assertEquals("p:1", proxyFor(env, "http://example.org.evil.com/"));
    }

    @Test
    void upper_case_no_proxy_and_a_star_bypass_everything() {
        assertEquals("DIRECT", proxyFor(Map.of("http_proxy", "http://p:1", "NO_PROXY", "*"), "http://example.org/"));
    }

    @Test
    void a_no_proxy_entry_with_a_port_only_matches_that_port() {
        NoProxy rules = NoProxy.parse("example.org:8080,[2001:db8::1]:443");

        assertTrue(rules.bypass("example.org", 8080));
        assertFalse(rules.bypass("example.org", 80));
        assertTrue(rules.bypass("[2001:db8::1]", 443));
        assertFalse(rules.bypass("2001:db8::1", 80));
    }

    @Test
    void no_proxy_matches_ip_literals_and_cidr_ranges_without_dns() {
        NoProxy rules = NoProxy.parse("192.168.1.7 10.0.0.0/8 2001:db8::/32 999.1.1.1");

        assertTrue(rules.bypass("192.168.1.7", 80));
        assertFalse(rules.bypass("192.168.1.8", 80));
        assertTrue(rules.bypass("10.20.30.40", 80));
        assertFalse(rules.bypass("11.0.0.1", 80));
        assertTrue(rules.bypass("[2001:db8:abcd::5]", 443));
        assertFalse(rules.bypass("[2001:db9::5]", 443));
        assertFalse(rules.bypass("example.org", 80));
    }

    @Test
    void loopback_always_goes_direct() {
        Map<String, String> env = Map.of("http_proxy", "http://p:1");

        assertEquals("DIRECT", proxyFor(env, "http://127.0.0.1:8080/"));
        assertEquals("DIRECT", proxyFor(env, "http://localhost/"));
        assertEquals("DIRECT", proxyFor(env, "http://[::1]/"));
    }
}
