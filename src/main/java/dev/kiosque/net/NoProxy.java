package dev.kiosque.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts a {@code no_proxy} value sends direct: a comma (or space) separated list of host names
 * (matching the host and its subdomains, with or without a leading {@code .} or {@code *.}),
 * {@code host:port}, IP literals, CIDR ranges such as {@code 10.0.0.0/8}, or {@code *} for all.
 * Loopback hosts always go direct, as with the JDK's own proxy selector.
 */
final class NoProxy {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int NO_PORT = -1;

    /** One entry: a domain or an IP range, optionally on one port. */
    private record Rule(String domain, byte[] network, int prefixBits, int port) {}

    private final boolean all;
    private final List<Rule> rules;

    private NoProxy(boolean all, List<Rule> rules) {
        this.all = all;
        this.rules = rules;
    }

    static NoProxy parse(String value) {
        List<Rule> rules = new ArrayList<>();
        boolean all = false;
        for (String raw : (value == null ? "" : value).split("[,\\s]+")) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) continue;
            if (entry.equals("*")) all = true;
            Rule rule = rule(entry);
            if (rule != null) rules.add(rule);
        }
        return new NoProxy(all, List.copyOf(rules));
    }

    /** True when a request to {@code host} on {@code port} must not use a proxy. */
    boolean bypass(String host, int port) {
        String h = bare(host);
        if (all || isLoopback(h)) return true;
        byte[] address = isIpLiteral(h) ? literal(h) : null;
        for (Rule rule : rules) {
            if (rule.port() != NO_PORT && rule.port() != port) continue;
            if (rule.domain() != null ? matchesDomain(h, rule.domain()) : inRange(address, rule)) return true;
        }
        return false;
    }

    private static Rule rule(String entry) {
        int port = NO_PORT;
        String host = entry;
        int colon = entry.lastIndexOf(':');
        boolean bracketed = entry.startsWith("[");
        // "host:port" and "[v6]:port" carry a port; a bare IPv6 literal has colons but no port.
        if (colon > 0 && (bracketed ? entry.charAt(colon - 1) == ']' : entry.indexOf(':') == colon)) {
            try {
                port = Integer.parseInt(entry.substring(colon + 1));
                host = entry.substring(0, colon);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        host = bare(host);
        int slash = host.indexOf('/');
        if (slash >= 0) return cidr(host.substring(0, slash), host.substring(slash + 1), port);
        if (isIpLiteral(host)) {
            byte[] address = literal(host);
            return address == null ? null : new Rule(null, address, address.length * 8, port);
        }
        String domain = host.startsWith("*.") ? host.substring(2) : host.startsWith(".") ? host.substring(1) : host;
        return domain.isEmpty() ? null : new Rule(domain, null, 0, port);
    }

    private static Rule cidr(String address, String bits, int port) {
        byte[] network = isIpLiteral(address) ? literal(address) : null;
        try {
            int prefix = Integer.parseInt(bits);
            if (network == null || prefix < 0 || prefix > network.length * 8) return null;
            return new Rule(null, network, prefix, port);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean matchesDomain(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static boolean inRange(byte[] address, Rule rule) {
        if (address == null || address.length != rule.network().length) return false;
        int bits = rule.prefixBits();
        for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((address[i] & mask) != (rule.network()[i] & mask)) return false;
        }
        return true;
    }

    private static boolean isLoopback(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost")) return true;
        byte[] address = isIpLiteral(host) ? literal(host) : null;
        return address != null && (address.length == 4 ? address[0] == 127 : isV6Loopback(address));
    }

    private static boolean isV6Loopback(byte[] address) {
        for (int i = 0; i < 15; i++) if (address[i] != 0) return false;
        return address[15] == 1;
    }

    private static String bare(String host) {
        String h = host == null ? "" : host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static byte[] ipv4(String host) {
        String[] parts = host.split("\\.");
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(parts[i]);
            if (octet > 255) return null;
            address[i] = (byte) octet;
        }
        return address;
    }

    private static boolean isIpLiteral(String host) {
        return IPV4.matcher(host).matches() || (host.indexOf(':') >= 0 && host.matches("[0-9a-f:.]+"));
    }

    /** The bytes of an IP literal, or null when malformed. Never a DNS lookup. */
    private static byte[] literal(String host) {
        if (IPV4.matcher(host).matches()) return ipv4(host);
        try {
            // With a colon in it, the JDK parses the text as IPv6 and never asks DNS.
            return InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
