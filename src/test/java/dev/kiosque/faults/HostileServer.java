package dev.kiosque.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 that can misbehave in ways {@code HttpServer} cannot:
 * trickle bytes, reset the connection mid-body, lie about lengths. One connection per request
 * ({@code Connection: close}); each request is logged with its headers.
 */
final class HostileServer implements AutoCloseable {

    /** What a handler does with one request. */
    interface Handler {
        void handle(Request request, Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    /** A request line and its headers (names lower-cased). */
    record Request(String method, String path, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final int TLS_HANDSHAKE = 0x16;

    private final ServerSocket socket;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    final List<Request> log = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    HostileServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "hostile-accept");
        accept.setDaemon(true);
        accept.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int port() {
        return socket.getLocalPort();
    }

    HostileServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** Serves {@code body} with status 200 and the given content type. */
    HostileServer serve(String path, String contentType, byte[] body) {
        return on(path, (req, s, out) -> respond(out, 200, Map.of("Content-Type", contentType), body));
    }

    /** The requests made to {@code path}, oldest first. */
    List<Request> requests(String path) {
        return log.stream().filter(r -> r.path().equals(path)).toList();
    }

    static void respond(OutputStream out, int status, Map<String, String> headers, byte[] body) throws IOException {
        out.write(head(status, headers, body.length));
        out.write(body);
        out.flush();
    }

    /** The status line and headers, with Content-Length (unless negative) and Connection: close. */
    static byte[] head(int status, Map<String, String> headers, long length) {
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        if (length >= 0) sb.append("Content-Length: ").append(length).append("\r\n");
        sb.append("Connection: close\r\n\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> serve(s), "hostile-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            int first = in.read();
            if (first == TLS_HANDSHAKE) {
                // what a plain HTTP server does with a ClientHello: answer in HTTP, which is no TLS record
                respond(s.getOutputStream(), 400, Map.of(), "not TLS".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            Request request = first < 0 ? null : readRequest(first, in);
            if (request == null) return;
            log.add(request);
            Handler handler = handlers.get(request.path());
            OutputStream out = s.getOutputStream();
            if (handler == null) {
                respond(out, 404, Map.of(), new byte[0]);
            } else {
                handler.handle(request, s, out);
            }
        } catch (IOException | InterruptedException e) {
            // the client gave up, or the handler reset the connection on purpose
        }
    }

    private static Request readRequest(int first, InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(first);
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) return null;
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return new Request(requestLine[0], requestLine.length > 1 ? requestLine[1] : "/", headers);
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
