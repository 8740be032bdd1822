package dev.kiosque.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One http(s) fetch: the hops of its redirect chain, each under the host's slot and the request's
 * deadline, ending in a body, a 304 or a failure. Shared by every thread of a {@link Fetcher}.
 */
final class HttpFetch {

    /** Bodies of redirects and errors are read up to this much, so the connection can be reused. */
    private static final long DRAIN_LIMIT = 64 * 1024;
    private static final int NOT_MODIFIED = 304;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVICE_UNAVAILABLE = 503;

    /** One hop's end: a final result, or a redirect to follow. */
    private record Hop(FetchResult result, String location, int status, long wireBytes) {}

    private final FetchSettings settings;
    private final Clients clients;
    private final HostLimiter limiter;
    private final ScheduledExecutorService timer;

    HttpFetch(FetchSettings settings, ScheduledExecutorService timer) {
        this.settings = settings;
        this.timer = timer;
        this.limiter = new HostLimiter(settings.perHost());
        this.clients = new Clients(settings);
    }

    /** Stops the HTTP clients' threads (see {@link Clients#close}). */
    void close() {
        clients.close();
    }

    FetchResult fetch(String url, FetchRequest request) {
        URI uri;
        try {
            uri = Source.parse(url);
        } catch (URISyntaxException e) {
            return new FetchResult.Failed(url, 0, Failures.oneLine("malformed URL: " + e.getReason()), 0);
        }
        if (uri.getHost() == null) return new FetchResult.Failed(url, 0, "malformed URL: no host", 0);
        Redirects redirects = new Redirects(uri);
        Deadline deadline = null;
        long wire = 0;
        while (true) {
            String host = uri.getHost();
            try {
                limiter.acquire(host);
            } catch (InterruptedException e) {
                return cancelled(uri, wire);
            }
            Hop hop;
            try {
                // The clock starts once we hold a slot: waiting behind a busy host is not the server's fault.
                if (deadline == null) deadline = new Deadline(settings.timeout());
                hop = hop(uri, request, deadline, wire);
            } finally {
                limiter.release(host);
            }
            if (hop.result() != null) return hop.result();
            wire = hop.wireBytes();
            Redirects.Next next = redirects.follow(uri, hop.location(), hop.status());
            if (next.target() == null) return new FetchResult.Failed(uri.toString(), hop.status(), next.refusal(), wire);
            uri = next.target();
        }
    }

    private Hop hop(URI uri, FetchRequest request, Deadline deadline, long wireBefore) {
        HttpResponse<InputStream> response;
        try {
            response = send(uri, request, deadline);
        } catch (TimeoutException e) {
            return done(new FetchResult.Failed(uri.toString(), 0, Failures.timedOut(deadline.timeout()), wireBefore));
        } catch (InterruptedException e) {
            return done(cancelled(uri, wireBefore));
        } catch (ExecutionException | IllegalArgumentException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return done(new FetchResult.Failed(uri.toString(), 0, describe(cause, uri, deadline), wireBefore));
        }
        return answer(uri, request, response, deadline, wireBefore + ResponseHeaders.size(response));
    }

    private Hop answer(URI uri, FetchRequest request, HttpResponse<InputStream> response, Deadline deadline,
                       long wire) {
        int status = response.statusCode();
        if (status / 100 == 2) return done(body(uri, request, response, deadline, wire));
        long total = wire + BodyReader.drain(response.body(), DRAIN_LIMIT, deadline, timer);
        if (Redirects.isRedirect(status)) {
            return new Hop(null, ResponseHeaders.first(response.headers(), "Location"), status, total);
        }
        if (status == NOT_MODIFIED) {
            return done(new FetchResult.NotModified(uri.toString(), total, Freshness.of(response.headers(), Instant.now())));
        }
        Duration retryAfter = status == TOO_MANY_REQUESTS || status == SERVICE_UNAVAILABLE
                ? RetryAfter.parse(ResponseHeaders.first(response.headers(), "Retry-After"), Instant.now())
                : null;
        return done(new FetchResult.Failed(uri.toString(), status, Failures.httpStatus(status), total, retryAfter));
    }

    private FetchResult body(URI uri, FetchRequest request, HttpResponse<InputStream> response, Deadline deadline,
                             long wire) {
        String encoding = ResponseHeaders.first(response.headers(), "Content-Encoding");
        BodyReader.Body body = BodyReader.read(response.body(), encoding, request.maxBytes(), deadline, timer);
        long total = wire + body.wireBytes();
        int status = response.statusCode();
        String url = uri.toString();
        switch (body.outcome()) {
            case TIMED_OUT:
                return new FetchResult.Failed(url, status, Failures.timedOut(deadline.timeout()), total);
            case CANCELLED:
                return cancelled(uri, total);
            case UNDECODABLE:
                return new FetchResult.Failed(url, status, body.problem(), total);
            case CUT:
                if (body.bytes().length == 0) {
                    return new FetchResult.Failed(url, status, "connection closed before the body arrived", total);
                }
                break;
            default:
                break;
        }
        String contentType = ResponseHeaders.first(response.headers(), "Content-Type");
        return new FetchResult.Ok(url, status, body.bytes(), ResponseHeaders.mediaType(contentType),
                ResponseHeaders.charset(contentType), ResponseHeaders.first(response.headers(), "ETag"),
                ResponseHeaders.first(response.headers(), "Last-Modified"), total, body.bytes().length,
                body.truncated(), Freshness.of(response.headers(), Instant.now()));
    }

    private HttpResponse<InputStream> send(URI uri, FetchRequest request, Deadline deadline)
            throws TimeoutException, InterruptedException, ExecutionException {
        long remaining = deadline.remainingNanos();
        if (remaining <= 0) throw new TimeoutException();
        CompletableFuture<HttpResponse<InputStream>> future =
                clients.clientFor(uri).sendAsync(Requests.get(uri, request, settings, Duration.ofNanos(remaining)),
                        HttpResponse.BodyHandlers.ofInputStream());
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            abandon(future);
            throw e;
        }
    }

    /** Cancels an exchange we stopped waiting for, and closes its body should it arrive anyway. */
    private static void abandon(CompletableFuture<HttpResponse<InputStream>> future) {
        future.cancel(true);
        future.thenAccept(response -> {
            try {
                response.body().close();
            } catch (IOException e) {
                // nothing more to free
            }
        });
    }

    private String describe(Throwable error, URI uri, Deadline deadline) {
        if (error instanceof HttpTimeoutException && !(error instanceof HttpConnectTimeoutException)) {
            return Failures.timedOut(deadline.timeout());  // the request's own timeout is our deadline
        }
        return Failures.describe(error, uri, settings.connectTimeout());
    }

    private static Hop done(FetchResult result) {
        return new Hop(result, null, 0, result.wireBytes());
    }

    /** Keeps the interrupt for the caller, who decides what cancelling means. */
    private static FetchResult cancelled(URI uri, long wire) {
        Thread.currentThread().interrupt();
        return new FetchResult.Failed(uri.toString(), 0, Failures.CANCELLED, wire);
    }
}
