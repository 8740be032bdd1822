package dev.kiosque.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decides how the bytes of a feed or page are encoded and decodes them. Order: a byte-order mark,
 * the UTF-16/32 shape of the first bytes, the HTTP charset, the XML declaration (or an HTML meta
 * charset), else UTF-8. Invalid UTF-8 falls back to windows-1252, and ISO-8859-1/US-ASCII are read
 * as windows-1252 as browsers do, so mislabelled Western feeds keep their accents.
 */
final class Decoding {

    /** How far into the document an encoding declaration is looked for. */
    private static final int DECLARATION_WINDOW = 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset EBCDIC = Charset.forName("IBM037");
    /** Labels feeds use (Python and IANA aliases) that the JDK does not know by that name. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("cp-is", "IBM861"), Map.entry("csibm855", "IBM855"), Map.entry("cspc775baltic", "IBM775"),
            Map.entry("csmacintosh", "x-MacRoman"), Map.entry("macintosh", "x-MacRoman"),
            Map.entry("mac-roman", "x-MacRoman"), Map.entry("x-mac-roman", "x-MacRoman"),
            Map.entry("mac-cyrillic", "x-MacCyrillic"), Map.entry("x-mac-cyrillic", "x-MacCyrillic"),
            Map.entry("ebcdic-cp-be", "IBM500"), Map.entry("ebcdic-cp-ch", "IBM500"),
            Map.entry("ebcdic-cp-ca", "IBM037"), Map.entry("ebcdic-cp-us", "IBM037"),
            Map.entry("ebcdic-cp-nl", "IBM037"), Map.entry("ebcdic-cp-wt", "IBM037"),
            Map.entry("mac-greek", "x-MacGreek"), Map.entry("mac-iceland", "x-MacIceland"),
            Map.entry("mac-latin2", "x-MacCentralEurope"), Map.entry("maclatin2", "x-MacCentralEurope"),
            Map.entry("mac-turkish", "x-MacTurkish"), Map.entry("ms-arab", "windows-1256"),
            Map.entry("ms-cyrl", "windows-1251"), Map.entry("ms-ee", "windows-1250"),
            Map.entry("ms-greek", "windows-1253"), Map.entry("ms-hebr", "windows-1255"),
            Map.entry("ms-turk", "windows-1254"),
            Map.entry("ibm039", "IBM037"), Map.entry("ms-ansi", "windows-1252"),
            // The JDK lacks the Ukrainian cp1125; it differs from cp866 only in eight letters at 0xF2-0xF9.
            Map.entry("cp1125", "IBM866"), Map.entry("ibm1125", "IBM866"), Map.entry("1125", "IBM866"));

    private Decoding() {}

    /** The text of {@code body}, without any byte-order mark. */
    static String decode(byte[] body, String charsetHint) {
        int n = body.length;
        if (startsWith(body, 0x00, 0x00, 0xFE, 0xFF)) return new String(body, 4, n - 4, UTF_32BE);
        if (startsWith(body, 0xFF, 0xFE, 0x00, 0x00)) return new String(body, 4, n - 4, UTF_32LE);
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) return utf8OrFallback(body, 3);
        if (startsWith(body, 0xFE, 0xFF)) return new String(body, 2, n - 2, StandardCharsets.UTF_16BE);
        if (startsWith(body, 0xFF, 0xFE)) return new String(body, 2, n - 2, StandardCharsets.UTF_16LE);
        if (startsWith(body, 0x00, 0x00, 0x00, '<')) return new String(body, UTF_32BE);
        if (startsWith(body, '<', 0x00, 0x00, 0x00)) return new String(body, UTF_32LE);
        if (startsWith(body, 0x00, '<', 0x00)) return new String(body, StandardCharsets.UTF_16BE);
        if (body.length >= 4 && body[0] == '<' && body[1] == 0 && body[2] != 0 && body[3] == 0) {
            return new String(body, StandardCharsets.UTF_16LE);
        }
        if (startsWith(body, 0x4C, 0x6F, 0xA7, 0x94)) {   // "<?xm" in EBCDIC: the declaration names the code page
            String head = new String(body, 0, Math.min(body.length, DECLARATION_WINDOW), EBCDIC);
            Charset cs = charset(declaredEncoding(head.getBytes(StandardCharsets.ISO_8859_1)));
            return new String(body, cs != null ? cs : EBCDIC);
        }
        Charset declared = charset(declaredEncoding(body));
        Charset hinted = charset(charsetHint);
        Charset chosen = hinted != null ? hinted : declared;
        // A server default (often ISO-8859-1) must not beat a document that says UTF-8 and is.
        if (hinted != null && StandardCharsets.UTF_8.equals(declared) && !hinted.equals(declared) && isUtf8(body)) {
            chosen = StandardCharsets.UTF_8;
        }
        if (chosen == null || StandardCharsets.UTF_8.equals(chosen)) return utf8OrFallback(body, 0);
        if (isSixteenOrThirtyTwo(chosen)) return utf8OrFallback(body, 0); // declared UTF-16 without its shape: a lie
        // Labelled Western but valid multi-byte UTF-8: Latin-1 text almost never is, so the label lies.
        if (WINDOWS_1252.equals(chosen) && hasHighBytes(body) && isUtf8(body)) return new String(body, StandardCharsets.UTF_8);
        return new String(body, chosen);
    }

    /** The charset named in an XML declaration or an HTML meta tag near the start, or null. */
    static String declaredEncoding(byte[] body) {
        int limit = Math.min(body.length, DECLARATION_WINDOW);
        String head = new String(body, 0, limit, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int decl = head.indexOf("<?xml");
        if (decl >= 0) {
            int end = head.indexOf("?>", decl);
            int enc = head.indexOf("encoding", decl);
            if (enc > 0 && (end < 0 || enc < end)) return quotedValue(head, enc + "encoding".length());
        }
        int meta = head.indexOf("charset=");
        if (meta >= 0 && head.lastIndexOf("<meta", meta) >= 0) return bareValue(head, meta + "charset=".length());
        return null;
    }

    /** The charset for an encoding label, with the web's substitutions, or null if unknown. */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) return null;
        String name = label.strip().toLowerCase(Locale.ROOT);
        String alias = ALIASES.get(name.replace('_', '-'));
        if (alias != null) name = alias;
        switch (name) {
            case "utf-8", "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso_8859-1", "l1" -> {
                return WINDOWS_1252;
            }
            default -> {
                Charset cs = lookup(name);
                return cs != null ? cs : lookup(name.replace('_', '-'));
            }
        }
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {   // illegal or unsupported name: decide from the bytes
            return null;
        }
    }

    private static boolean isSixteenOrThirtyTwo(Charset cs) {
        String n = cs.name();
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }

    private static String utf8OrFallback(byte[] body, int offset) {
        // The JDK's String constructor is far faster than a reporting decoder; it marks bad bytes
        // with U+FFFD, so only a document showing one needs the strict (slow) check.
        String fast = new String(body, offset, body.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return fast;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (CharacterCodingException e) {   // labelled or assumed UTF-8 but is not: the usual Western suspect
            return new String(body, offset, body.length - offset, WINDOWS_1252);
        }
    }

    private static boolean hasHighBytes(byte[] body) {
        for (byte b : body) {
            if (b < 0) return true;
        }
        return false;
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String quotedValue(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '=')) i++;
        if (i >= s.length()) return null;
        char q = s.charAt(i);
        if (q != '"' && q != '\'') return bareValue(s, i);
        int end = s.indexOf(q, i + 1);
        return end > i ? s.substring(i + 1, end) : null;
    }

    private static String bareValue(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) i++;
        int end = i;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || "-_.:".indexOf(s.charAt(end)) >= 0)) end++;
        return end > i ? s.substring(i, end) : null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
