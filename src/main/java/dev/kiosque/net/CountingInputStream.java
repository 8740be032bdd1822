package dev.kiosque.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from the wire and stops at a limit, so that a compressed body that
 * decodes to little (or nothing) cannot make us read forever. At the limit, one more byte is read
 * to tell "exactly the limit" from "more than the limit".
 */
final class CountingInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean overLimit;

    CountingInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Bytes read from the underlying stream so far. */
    long count() {
        return count;
    }

    /** True once the stream was found to hold more than the limit. */
    boolean overLimit() {
        return overLimit;
    }

    @Override
    public int read() throws IOException {
        if (count >= limit) return probe();
        int b = in.read();
        if (b >= 0) count++;
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (count >= limit) return probe();
        int n = in.read(buf, off, (int) Math.min(len, limit - count));
        if (n > 0) count += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int read = read(scratch, 0, scratch.length);
        return Math.max(read, 0);
    }

    @Override
    public int available() {
        return 0;  // never promise what the cap may refuse
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private int probe() throws IOException {
        if (!overLimit && in.read() >= 0) {
            count++;
            overLimit = true;
        }
        return -1;
    }
}
