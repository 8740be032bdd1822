package dev.kiosque.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.ZipException;

/**
 * Reads a response body within the deadline: decodes it, stops at the size cap, counts the bytes
 * as transferred, and keeps what arrived when the connection breaks part-way.
 */
final class BodyReader {

    /** How a read ended. */
    enum Outcome { COMPLETE, CUT, TIMED_OUT, CANCELLED, UNDECODABLE }

    /**
     * What was read. {@code truncated} when cut at the cap or by a broken connection;
     * {@code problem} is a plain reason for {@link Outcome#UNDECODABLE}, else null.
     */
    record Body(byte[] bytes, long wireBytes, boolean truncated, Outcome outcome, String problem) {}

    /** The most bytes read after the decoded body ends, to let the connection be reused. */
    private static final long TAIL = 16 * 1024;
    /** How long the end of a response is waited for once its body is whole. */
    private static final Duration TAIL_WAIT = Duration.ofMillis(500);

    private BodyReader() {}

    /** Reads {@code raw}, decoding {@code contentEncoding}, keeping at most {@code maxBytes} decoded bytes. */
    static Body read(InputStream raw, String contentEncoding, long maxBytes, Deadline deadline,
                     ScheduledExecutorService timer) {
        CountingInputStream wire = new CountingInputStream(raw, rawLimit(maxBytes));
        CappedCopy copy = new CappedCopy(maxBytes);
        try (Deadline.Alarm alarm = deadline.arm(timer, raw)) {
            try (InputStream decoded = ContentDecoding.wrap(wire, contentEncoding)) {
                copy.readFrom(decoded);
                if (wire.overLimit()) copy.markTruncated();
                if (!copy.truncated()) finishWire(wire, raw, deadline, timer);
                return body(copy, wire, Outcome.COMPLETE, null);
            } catch (ContentDecoding.UnsupportedEncoding e) {
                return body(copy, wire, Outcome.UNDECODABLE, e.getMessage());
            } catch (IOException e) {
                return afterError(e, alarm.rang(), copy, wire, contentEncoding);
            }
        }
    }

    /**
     * Reads the wire to its end once the decoder has all it wants. A gzip decoder stops at the end
     * of its member without asking for the end of the stream below, and closing an HTTP response
     * stream before its end makes the JDK client close the connection instead of keeping it for
     * the next request: a 500-feed refresh with 16 requests in flight opened 39-51 connections
     * instead of 16, each a new TCP handshake (on a bad link, a round trip or two more per feed).
     * What is left is normally nothing. The body is whole already, so nothing here may fail it:
     * past {@link #TAIL} bytes, or when the end has not come within {@link #TAIL_WAIT} (a server
     * slow to close its response), the connection is let go, as before.
     */
    private static void finishWire(InputStream wire, InputStream raw, Deadline deadline,
                                   ScheduledExecutorService timer) {
        long waitNanos = Math.min(TAIL_WAIT.toNanos(), Math.max(0, deadline.remainingNanos()));
        try (Deadline.Alarm alarm = new Deadline(Duration.ofNanos(waitNanos)).arm(timer, raw)) {
            byte[] scratch = new byte[512];
            long left = TAIL;
            int n;
            while (left > 0 && (n = wire.read(scratch, 0, (int) Math.min(scratch.length, left))) >= 0) left -= n;
        } catch (IOException e) {
            // the end did not come in time, or the connection broke after the data: the body stands
        }
    }

    /** Reads and discards at most {@code limit} bytes of a body nobody wants, to count them. */
    static long drain(InputStream raw, long limit, Deadline deadline, ScheduledExecutorService timer) {
        return read(raw, null, limit, deadline, timer).wireBytes();
    }

    private static Body afterError(IOException e, boolean timedOut, CappedCopy copy, CountingInputStream wire,
                                   String contentEncoding) {
        if (Thread.currentThread().isInterrupted() || e instanceof InterruptedIOException
                || e.getCause() instanceof InterruptedException) {
            return body(copy, wire, Outcome.CANCELLED, null);
        }
        if (timedOut) return body(copy, wire, Outcome.TIMED_OUT, null);
        copy.markTruncated();
        if (wire.overLimit()) return body(copy, wire, Outcome.COMPLETE, null);  // the cap cut a compressed stream
        if (e instanceof ZipException && copy.size() == 0) {
            return body(copy, wire, Outcome.UNDECODABLE,
                    Failures.oneLine("could not decode the " + contentEncoding + " body: " + Failures.shortMessage(e)));
        }
        return body(copy, wire, Outcome.CUT, null);
    }

    private static Body body(CappedCopy copy, CountingInputStream wire, Outcome outcome, String problem) {
        return new Body(copy.bytes(), wire.count(), copy.truncated(), outcome, problem);
    }

    /**
     * The most compressed bytes we read for {@code maxBytes} decoded. Compression never makes
     * honest data much bigger (a few bytes per 64 KB block), so a body that needs more input than
     * this is either capped anyway or a stream built to spin us.
     */
    static long rawLimit(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > Long.MAX_VALUE / 2) return Long.MAX_VALUE;
        return maxBytes + maxBytes / 64 + 1024;
    }
}
