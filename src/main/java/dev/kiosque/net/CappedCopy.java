package dev.kiosque.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a stream into memory up to a cap. What was read stays available when the stream fails
 * part-way, so a cut download can be salvaged.
 */
final class CappedCopy {

    /** The largest array the JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;
    private static final int FIRST_CHUNK = 8 * 1024;
    private static final int MAX_CHUNK = 256 * 1024;

    private final int cap;
    // The body is read straight into chunks that double in size, then copied once into an array
    // of its exact size: a third of the garbage of a growing ByteArrayOutputStream fed through a
    // read buffer, which copied every byte three times.
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current;
    private int used;
    private int size;
    private boolean truncated;

    /** A copy of at most {@code maxBytes}; zero or less means as much as an array holds. */
    CappedCopy(long maxBytes) {
        this.cap = (int) (maxBytes <= 0 ? MAX_ARRAY : Math.min(maxBytes, MAX_ARRAY));
    }

    /** Reads until the end of {@code in} or the cap; at the cap, one more byte tells whether it was cut. */
    void readFrom(InputStream in) throws IOException {
        while (size < cap) {
            if (current == null || used == current.length) nextChunk();
            int n = in.read(current, used, Math.min(current.length - used, cap - size));
            if (n < 0) return;
            // The JDK's response stream does not always notice an interrupt while data keeps
            // trickling in: check between reads so that a cancelled fetch stops at once.
            if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("cancelled");
            used += n;
            size += n;
        }
        truncated = in.read() >= 0;
    }

    private void nextChunk() {
        int length = current == null ? FIRST_CHUNK : (int) Math.min(MAX_CHUNK, 2L * current.length);
        current = new byte[(int) Math.min(length, Math.max(1, cap - size))];
        chunks.add(current);
        used = 0;
    }

    /** Marks the copy as cut short, e.g. when the connection broke. */
    void markTruncated() {
        truncated = true;
    }

    /** What was read, in a new array of its exact size. */
    byte[] bytes() {
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] chunk : chunks) {
            int n = Math.min(chunk.length, size - at);
            System.arraycopy(chunk, 0, out, at, n);
            at += n;
        }
        return out;
    }

    int size() {
        return size;
    }

    boolean truncated() {
        return truncated;
    }
}
