package dev.kiosque.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunked copy keeps exactly the first {@code cap} bytes, whatever sizes the stream hands out. */
class CappedCopyTest {

    /** A stream that returns at most {@code step} bytes per read, as a network stream may. */
    private static InputStream trickle(byte[] data, int step) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void keeps_the_prefix_up_to_the_cap_and_says_when_it_was_cut() throws IOException {
        Random random = new Random(6);
        int[] sizes = {0, 1, 100, 8 * 1024 - 1, 8 * 1024, 8 * 1024 + 1, 24 * 1024, 70_000, 300_000, 1_100_000};
        long[] caps = {0, 1, 1000, 8 * 1024, 65_536, 70_000, 16L * 1024 * 1024};
        for (int size : sizes) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            for (long cap : caps) {
                for (int step : new int[] {1 + random.nextInt(7), 1000, 16 * 1024, Integer.MAX_VALUE}) {
                    if (step == 1 && size > 100_000) continue;  // slow and adds nothing
                    CappedCopy copy = new CappedCopy(cap);
                    copy.readFrom(trickle(data, step));
                    int kept = cap <= 0 ? size : (int) Math.min(size, cap);
                    String what = "size " + size + ", cap " + cap + ", step " + step;
                    assertEquals(kept, copy.size(), what);
                    assertArrayEquals(Arrays.copyOf(data, kept), copy.bytes(), what);
                    assertEquals(size > kept, copy.truncated(), what);
                }
            }
        }
    }
}
