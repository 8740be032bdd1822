package dev.kiosque.tui;

import java.util.Arrays;

/**
 * The bytes of one frame, collected to go out in one write. Back-to-back SGR sequences (colours
 * and attributes), which Lanterna writes one per change, are merged into one:
 * {@code ESC[1m ESC[33m} becomes {@code ESC[1;33m}. A terminal applies the parameters of one SGR
 * in order, exactly as it applies consecutive SGRs, so the picture is the same with fewer bytes
 * (a step down a list: see the commit).
 */
final class FrameBytes {

    private static final byte ESC = 0x1b;
    /** Parameters in one merged SGR; terminals keep at least 16 (xterm 30, tmux 24). */
    private static final int MAX_PARAMETERS = 16;

    private byte[] bytes = new byte[16 * 1024];
    private int size;
    /** {@link #size} just after the last SGR, while nothing else has been written since; else -1. */
    private int sgrEnd = -1;
    private int sgrParameters;

    /** Appends what Lanterna wrote in one call. */
    void write(byte[] chunk) {
        int parameters = sgrParameters(chunk);
        if (parameters > 0 && sgrEnd == size && sgrParameters + parameters <= MAX_PARAMETERS) {
            bytes[size - 1] = ';';                              // "ESC[a" + ";" + "b" + "m"
            append(chunk, 2, chunk.length - 2);
            sgrParameters += parameters;
            sgrEnd = size;
            return;
        }
        append(chunk, 0, chunk.length);
        sgrParameters = parameters;
        sgrEnd = parameters > 0 ? size : -1;
    }

    int size() {
        return size;
    }

    /** The frame so far, and empties it. */
    byte[] take() {
        byte[] out = Arrays.copyOf(bytes, size);
        size = 0;
        sgrEnd = -1;
        return out;
    }

    private void append(byte[] chunk, int from, int length) {
        if (size + length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        System.arraycopy(chunk, from, bytes, size, length);
        size += length;
    }

    /**
     * The number of parameters when {@code chunk} is exactly one SGR with at least one
     * parameter ({@code ESC [ digits(;digits)* m}), else 0. An empty parameter list is left alone.
     */
    static int sgrParameters(byte[] chunk) {
        int n = chunk.length;
        if (n < 4 || chunk[0] != ESC || chunk[1] != '[' || chunk[n - 1] != 'm') return 0;
        int parameters = 1;
        boolean digit = false;
        for (int i = 2; i < n - 1; i++) {
            byte b = chunk[i];
            if (b >= '0' && b <= '9') {
                digit = true;
            } else if (b == ';' && digit) {
                parameters++;
                digit = false;
            } else {
                return 0;
            }
        }
        return digit ? parameters : 0;
    }
}
