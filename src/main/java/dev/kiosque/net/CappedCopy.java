package dev.kiosque.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Copies a stream into memory up to a cap. What was read stays available when the stream fails
 * part-way, so a cut download can be salvaged.
 */
final class CappedCopy {

    /** The largest array the JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;
    private static final int CHUNK = 16 * 1024;

    private final int cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean truncated;

    /** A copy of at most {@code maxBytes}; zero or less means as much as an array holds. */
    CappedCopy(long maxBytes) {
        this.cap = (int) (maxBytes <= 0 ? MAX_ARRAY : Math.min(maxBytes, MAX_ARRAY));
    }

    /** Reads until the end of {@code in} or the cap; at the cap, one more byte tells whether it was cut. */
    void readFrom(InputStream in) throws IOException {
        byte[] buf = new byte[CHUNK];
        while (out.size() < cap) {
            int n = in.read(buf, 0, Math.min(buf.length, cap - out.size()));
            if (n < 0) return;
            // The JDK's response stream does not always notice an interrupt while data keeps
            // trickling in: check between reads so that a cancelled fetch stops at once.
            if (Thread.currentThread().isInterrupted()) throw new java.io.InterruptedIOException("cancelled");
            out.write(buf, 0, n);
        }
        truncated = in.read() >= 0;
    }

    /** Marks the copy as cut short, e.g. when the connection broke. */
    void markTruncated() {
        truncated = true;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    int size() {
        return out.size();
    }

    boolean truncated() {
        return truncated;
    }
}
