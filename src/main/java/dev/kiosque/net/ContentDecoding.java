package dev.kiosque.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import org.brotli.dec.BrotliInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import java.util.zip.InflaterInputStream;

/**
 * Undoes {@code Content-Encoding}: Brotli, gzip and deflate (zlib-wrapped or raw, as servers
 * disagree on what "deflate" means). Output is never trusted to be small: the caller caps what it
 * reads from the decoded stream, so a decompression bomb costs at most the size cap. The JDK client does not decode bodies itself. Adding an encoding means
 * one entry in {@link #ACCEPT} and one case in {@link #decoder}.
 */
final class ContentDecoding {

    /** The {@code Accept-Encoding} we send. */
    static final String ACCEPT = "br, gzip, deflate";

    private static final int BUFFER = 8192;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int ZLIB_DEFLATE_METHOD = 8;
    private static final int ZLIB_CHECK_DIVISOR = 31;

    /** A Content-Encoding we cannot decode; its message is the plain reason. */
    static final class UnsupportedEncoding extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedEncoding(String coding) {
            super("unsupported content encoding '" + Failures.oneLine(coding) + "'");
        }
    }

    private ContentDecoding() {}

    /** Wraps {@code raw} to decode {@code contentEncoding} (null or empty: as is). */
    static InputStream wrap(InputStream raw, String contentEncoding) throws IOException {
        if (contentEncoding == null || contentEncoding.isBlank()) return raw;
        String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
        InputStream in = raw;
        // Codings are listed in the order they were applied, so they are undone from the last.
        for (int i = codings.length - 1; i >= 0; i--) {
            in = decoder(in, codings[i].trim());
        }
        return in;
    }

    private static InputStream decoder(InputStream in, String coding) throws IOException {
        switch (coding) {
            case "", "identity":
                return in;
            case "gzip", "x-gzip":
                return gzip(new PushbackInputStream(in, 2));
            case "deflate":
                return deflate(new PushbackInputStream(in, 2));
            case "br":
                return brotli(new PushbackInputStream(in, 2));
            default:
                throw new UnsupportedEncoding(coding);
        }
    }

    private static InputStream gzip(PushbackInputStream in) throws IOException {
        int[] head = peek(in);
        if (head[0] < 0) return in;  // an empty body is empty in any encoding
        // Misconfigured servers label plain bodies as gzip: without the magic number, take it as is.
        if (head[0] != GZIP_MAGIC_1 || head[1] != GZIP_MAGIC_2) return in;
        return new GZIPInputStream(in, BUFFER);
    }

    private static InputStream brotli(PushbackInputStream in) throws IOException {
        if (peek(in)[0] < 0) return in;
        return new Brotli(in);
    }

    /**
     * A Brotli stream whose corrupt data reads as a {@link ZipException}, like bad gzip, while a
     * broken connection underneath stays a plain IOException (a cut body is salvaged, not refused).
     */
    private static final class Brotli extends FilterInputStream {
        Brotli(InputStream in) throws IOException {
            super(new BrotliInputStream(in, BUFFER));
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw classify(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw classify(e);
            }
        }

        private static IOException classify(IOException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof IOException) return e;  // the transport failed, not the data
            }
            ZipException corrupt = new ZipException("corrupt brotli data");
            corrupt.initCause(e);
            return corrupt;
        }
    }

    private static InputStream deflate(PushbackInputStream in) throws IOException {
        int[] head = peek(in);
        if (head[0] < 0) return in;
        boolean zlib = head[1] >= 0 && (head[0] & 0x0f) == ZLIB_DEFLATE_METHOD
                && ((head[0] << 8) | head[1]) % ZLIB_CHECK_DIVISOR == 0;
        return new Inflating(in, new Inflater(!zlib));
    }

    /** The first two bytes (-1 where the stream ended), pushed back so the decoder sees them. */
    private static int[] peek(PushbackInputStream in) throws IOException {
        int first = in.read();
        int second = first < 0 ? -1 : in.read();
        if (second >= 0) in.unread(second);
        if (first >= 0) in.unread(first);
        return new int[] {first, second};
    }

    /** An inflating stream that frees its native Inflater when closed. */
    private static final class Inflating extends InflaterInputStream {
        Inflating(InputStream in, Inflater inflater) {
            super(in, inflater, BUFFER);
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                inf.end();
            }
        }
    }
}
