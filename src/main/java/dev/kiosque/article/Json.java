package dev.kiosque.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for JSON-LD blocks (the article package may not use Jackson).
 * Objects become {@code Map<String,Object>}, arrays {@code List<Object>}, numbers {@code Double},
 * and literals {@code Boolean} or null. Malformed input or nesting deeper than {@link #MAX_DEPTH}
 * gives null rather than an exception.
 */
final class Json {

    /** Deepest nesting accepted, in levels; real JSON-LD uses fewer than ten. */
    static final int MAX_DEPTH = 64;

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /** Parses {@code text}, or returns null when it is not JSON. */
    static Object parse(String text) {
        if (text == null) return null;
        Json p = new Json(text.strip());
        try {
            Object v = p.value(0);
            p.skipSpace();
            return v;
        } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw new IllegalStateException("too deep");
        skipSpace();
        char c = s.charAt(i);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return number();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        skipSpace();
        if (s.charAt(i) == '}') {
            i++;
            return map;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            map.put(key, value(depth + 1));
            skipSpace();
            char c = s.charAt(i++);
            if (c == '}') return map;
            if (c != ',') throw new IllegalStateException("expected , or }");
            skipSpace();
            if (s.charAt(i) == '}') { // trailing comma, common in hand-written JSON-LD
                i++;
                return map;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        i++;
        skipSpace();
        if (s.charAt(i) == ']') {
            i++;
            return list;
        }
        while (true) {
            list.add(value(depth + 1));
            skipSpace();
            char c = s.charAt(i++);
            if (c == ']') return list;
            if (c != ',') throw new IllegalStateException("expected , or ]");
            skipSpace();
            if (s.charAt(i) == ']') {
                i++;
                return list;
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') return out.toString();
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n': out.append('\n'); break;
                case 't': out.append('\t'); break;
                case 'r': out.append('\r'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'u':
                    out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                    break;
                default: out.append(e);
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!s.startsWith(word, i)) throw new IllegalStateException("bad literal");
        i += word.length();
        return value;
    }

    private Double number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        if (start == i) throw new IllegalStateException("unexpected character");
        try {
            return Double.valueOf(s.substring(start, i));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("bad number", e);
        }
    }

    private void expect(char c) {
        if (s.charAt(i++) != c) throw new IllegalStateException("expected " + c);
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }
}
