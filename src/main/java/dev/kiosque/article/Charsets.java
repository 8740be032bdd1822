package dev.kiosque.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character set of an HTML page from its bytes: a byte order mark first, then the HTTP
 * charset, then {@code <meta charset>} or {@code <meta http-equiv="content-type">} in the first
 * bytes, then whether the bytes are valid UTF-8; windows-1252 otherwise.
 */
final class Charsets {

    /** Bytes of the page searched for a {@code <meta>} declaration (the HTML spec says 1024; pages are sloppier). */
    static final int META_SCAN_BYTES = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {}

    /** Decodes {@code bytes} with the detected charset, the BOM removed. */
    static String decode(byte[] bytes, String hint) {
        int[] bomLength = {0};
        Charset cs = detect(bytes, hint, bomLength);
        return new String(bytes, bomLength[0], bytes.length - bomLength[0], cs);
    }

    static Charset detect(byte[] bytes, String hint, int[] bomLength) {
        Charset bom = fromBom(bytes, bomLength);
        if (bom != null) return bom;
        Charset declared = lookup(hint);
        if (declared != null) return declared;
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            declared = lookup(m.group(1));
            // a page declaring UTF-16 in ASCII bytes cannot be UTF-16 (the HTML spec says: read UTF-8)
            if (declared != null && !declared.name().startsWith("UTF-16")) return declared;
        }
        return isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static Charset fromBom(byte[] b, int[] bomLength) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            bomLength[0] = 3;
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            bomLength[0] = 2;
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            bomLength[0] = 2;
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset named {@code name}, with latin-1 and ASCII read as windows-1252 as browsers do. */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.trim().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when {@code bytes} are well-formed UTF-8 (a quick scan; overlong forms are not checked). */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int follow = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : -1;
            if (follow < 0 || b > 0xF4) return false;
            // a page cut by a byte cap may end inside a character: that is still UTF-8
            for (int k = 1; k <= follow; k++) {
                if (i + k >= n) return true;
                if ((bytes[i + k] & 0xC0) != 0x80) return false;
            }
            i += follow + 1;
        }
        return true;
    }
}
