package dev.kiosque.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A tiny feed farm on 127.0.0.1 for the low-bandwidth tests: each path serves a generated RSS
 * feed with an ETag, and optional extra headers, a status, gzip, or a hang. Records each request.
 */
final class FarmServer implements AutoCloseable {

    /** How one path answers; {@code cutAt} > 0 sends only that many body bytes, then drops the connection. */
    record Page(int status, byte[] body, Map<String, String> headers, boolean etag, boolean gzip, boolean hang,
                int cutAt) {
        Page(int status, byte[] body, Map<String, String> headers, boolean etag, boolean gzip, boolean hang) {
            this(status, body, headers, etag, gzip, hang, 0);
        }
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);
    final List<String> log = new CopyOnWriteArrayList<>();

    FarmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    void put(String path, Page page) {
        pages.put(path, page);
    }

    /** A feed of {@code items} items, each with about 600 bytes of text, with an ETag. */
    void feed(String path, int items, Map<String, String> headers) {
        put(path, new Page(200, rss(path, items, ""), headers, true, false, false));
    }

    static byte[] rss(String path, int items, String channelExtra) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed ")
                .append(path).append("</title><link>http://example.org/</link>").append(channelExtra);
        for (int i = 0; i < items; i++) {
            sb.append("<item><title>Item ").append(i).append(" of ").append(path).append("</title><link>http://example.org/")
                    .append(path).append('/').append(i).append("</link><guid>").append(path).append('-').append(i)
                    .append("</guid><description>").append("Lorem ipsum dolor sit amet, consectetur. ".repeat(15))
                    .append("</description></item>");
        }
        return sb.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring(1);
        Page page = pages.get(path);
        try (ex) {
            if (page == null) {
                log.add(path + " 404");
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (page.hang()) {
                log.add(path + " hang");
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            page.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            String tag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(page.body())) + "\"";
            if (page.etag()) ex.getResponseHeaders().set("ETag", tag);
            if (page.etag() && tag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                log.add(path + " 304");
                ex.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = page.body();
            String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
            if (page.gzip() && accept != null && accept.contains("gzip")) {
                body = gzip(body);
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            log.add(path + " " + page.status() + (ex.getRequestHeaders().containsKey("If-None-Match") ? " conditional" : ""));
            ex.sendResponseHeaders(page.status(), body.length == 0 ? -1 : body.length);
            if (page.cutAt() > 0) {
                OutputStream out = ex.getResponseBody();
                out.write(body, 0, page.cutAt());
                out.flush();
                throw new IOException("cut on purpose");  // the handler ends without completing the body
            }
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    long requests(String path) {
        return log.stream().filter(l -> l.startsWith(path + " ")).count();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
