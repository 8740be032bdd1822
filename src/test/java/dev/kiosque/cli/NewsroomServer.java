package dev.kiosque.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The newsroom fixture site served in-process on 127.0.0.1 (port 0), like the README's
 * {@code python3 -m http.server}, with the origin {@code http://127.0.0.1:8765} rewritten to the real
 * port and ETag-based 304s. It records every request's path and status.
 */
final class NewsroomServer implements AutoCloseable {
    static final String ORIGIN = "http://127.0.0.1:8765";

    private final HttpServer server;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    final List<String> log = new CopyOnWriteArrayList<>();

    NewsroomServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Writes {@code home/feeds.yaml} with two sections of this site: Politique (RSS) and Sports (Atom). */
    void writeTwoSections(Path home) throws IOException {
        Files.writeString(home.resolve("feeds.yaml"), """
                sections:
                  - name: Politique
                    feeds:
                      - %1$s/feeds/politique.xml
                  - name: Sports
                    feeds:
                      - %1$s/feeds/sports.atom
                """.formatted(origin()), StandardCharsets.UTF_8);
    }

    /** Reads a fixture with the origin rewritten; null when it does not exist. */
    byte[] file(String path) throws IOException {
        byte[] cached = cache.get(path);
        if (cached != null) return cached;
        try (InputStream in = NewsroomServer.class.getResourceAsStream("/newsroom/" + path)) {
            if (in == null) return null;
            // Byte-level replace: the origin is ASCII, and one feed is ISO-8859-1.
            String latin = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            byte[] body = latin.replace(ORIGIN, origin()).getBytes(StandardCharsets.ISO_8859_1);
            cache.put(path, body);
            return body;
        }
    }

    /** Serves {@code body} at {@code path} (origin already rewritten by the caller if needed). */
    void put(String path, byte[] body) {
        cache.put(path, body);
    }

    /** The expected answers file with the origin rewritten, as text. */
    String expected(String name) throws IOException {
        return new String(file("expected/" + name), StandardCharsets.UTF_8);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().replaceFirst("^/", "");
        byte[] body = path.contains("..") ? null : file(path);
        try (ex) {
            if (body == null) {
                log.add(path + " 404");
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(Arrays.hashCode(body)) + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Content-Type", contentType(path));
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                log.add(path + " 304");
                ex.sendResponseHeaders(304, -1);
                return;
            }
            log.add(path + " 200");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(String path) {
        if (path.endsWith(".html")) return "text/html";
        if (path.endsWith(".xml")) return "application/xml";
        if (path.endsWith(".atom")) return "application/atom+xml";
        if (path.endsWith(".json")) return "application/json";
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
