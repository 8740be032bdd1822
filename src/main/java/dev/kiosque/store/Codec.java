package dev.kiosque.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A compact, self-delimiting text encoding for the structured values kept in one column (a
 * category list, an article's blocks). A string is its length in UTF-16 units, {@code ':'}, then
 * its characters, so any character may appear in it; null is {@code '~'}; a number is its digits
 * then {@code ';'}. The reader is told what comes next, so no type tags are needed.
 */
final class Codec {

    private Codec() {}

    /** Encodes a list of non-null strings; an empty or null list is stored as null. */
    static String encodeList(List<String> values) {
        if (values == null || values.isEmpty()) return null;
        Writer w = new Writer();
        w.num(values.size());
        for (String v : values) w.str(v);
        return w.toString();
    }

    /** Decodes {@link #encodeList}; null gives an empty list. */
    static List<String> decodeList(String encoded) {
        if (encoded == null || encoded.isEmpty()) return List.of();
        Reader r = new Reader(encoded);
        List<String> out = r.strings();
        r.end();
        return out;
    }

    /** Builds an encoded value. */
    static final class Writer {
        private final StringBuilder out = new StringBuilder();

        Writer str(String s) {
            if (s == null) {
                out.append('~');
                return this;
            }
            String safe = wellFormed(s);
            out.append(safe.length()).append(':').append(safe);
            return this;
        }

        Writer num(long n) {
            out.append(n).append(';');
            return this;
        }

        Writer strings(List<String> values) {
            num(values.size());
            for (String v : values) str(v);
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /** Reads an encoded value; any malformation is an {@link IllegalArgumentException}. */
    static final class Reader {
        private final String in;
        private int pos;

        Reader(String in) {
            this.in = in;
        }

        String str() {
            if (pos < in.length() && in.charAt(pos) == '~') {
                pos++;
                return null;
            }
            int len = Math.toIntExact(digitsUntil(':'));
            if (len < 0 || pos + len > in.length()) throw new IllegalArgumentException("bad length at " + pos);
            String s = in.substring(pos, pos + len);
            pos += len;
            return s;
        }

        long num() {
            return digitsUntil(';');
        }

        /** A count, checked against what is left so that a damaged value cannot ask for a huge list. */
        int count() {
            long n = num();
            if (n < 0 || n > in.length() - pos) throw new IllegalArgumentException("bad count at " + pos);
            return (int) n;
        }

        List<String> strings() {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String s = str();
                if (s == null) throw new IllegalArgumentException("null in a list at " + pos);
                out.add(s);
            }
            return out;
        }

        /** Fails unless everything was read. */
        void end() {
            if (pos != in.length()) throw new IllegalArgumentException("trailing data at " + pos);
        }

        private long digitsUntil(char stop) {
            int end = in.indexOf(stop, pos);
            if (end < 0) throw new IllegalArgumentException("missing '" + stop + "' after " + pos);
            try {
                long n = Long.parseLong(in, pos, end, 10);
                pos = end + 1;
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad number at " + pos, e);
            }
        }
    }

    /**
     * Replaces unpaired surrogates with U+FFFD. SQLite stores text as UTF-8, which cannot hold them,
     * so they would change length on the way back and break every length after them.
     */
    static String wellFormed(String s) {
        StringBuilder fixed = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean paired = Character.isHighSurrogate(ch) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (fixed != null) fixed.append(ch).append(s.charAt(i + 1));
                i++;
            } else if (Character.isSurrogate(ch)) {
                if (fixed == null) fixed = new StringBuilder(s.length()).append(s, 0, i);
                fixed.append('\uFFFD');
            } else if (fixed != null) {
                fixed.append(ch);
            }
        }
        return fixed == null ? s : fixed.toString();
    }
}
