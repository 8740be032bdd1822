package dev.kiosque.faults;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Terminal-hostile text, and the check that none of it reaches an output. */
final class Hostile {

    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    /** CSI that clears the screen and paints red; an OSC 8 link; an OSC 52 clipboard write; 8-bit CSI; bidi overrides. */
    static final String RAW = "A" + ESC + "[2J" + ESC + "[31mred" + ESC + "[0m B"
            + ESC + "]8;;https://evil.example/" + ESC + "\\link" + ESC + "]8;;" + ESC + "\\ C"
            + ESC + "]52;c;cm0gLXJmIH4=" + BEL + " D\u009b31m E\u202eevil\u202c F\u2066iso\u2069 G\u200f H\u0000I\u0008J\u007fK";
    /** The same as XML character references, which an XML parser would decode into the raw characters. */
    static final String REFS = "A&#27;[2J&#x1b;[31mred B&#x1b;]8;;https://evil.example/&#27;\\link C&#x1b;]52;c;cm0gLXJmIH4=&#7; D"
            + "&#x9b;31m E&#x202e;evil&#x202c; F&#x2066;iso&#x2069; G&#x200f; H&#x85;I&#8;J&#127;K";

    /** Raw C0 (but \n, \t, \r), DEL, C1 and bidi controls. */
    private static final Pattern BAD = Pattern.compile(
            "[\\x00-\\x08\\x0B-\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    /** The same characters escaped in JSON, which a consumer would decode into the raw ones. */
    private static final Pattern BAD_JSON = Pattern.compile(
            "\\\\u(00[01][0-9a-f]|007f|00[89][0-9a-f]|061c|200[ef]|202[a-e]|206[6-9])", Pattern.CASE_INSENSITIVE);

    private Hostile() {}

    /** Fails when {@code output} holds a control character, raw or JSON-escaped (\n, \t and \r excepted). */
    static void assertClean(String what, String output) {
        Matcher m = BAD.matcher(output);
        if (m.find()) {
            fail(what + ": control U+" + String.format(Locale.ROOT, "%04X", (int) m.group().charAt(0))
                    + " at " + m.start() + " in: " + visible(output));
        }
        Matcher j = BAD_JSON.matcher(output);
        for (int from = 0; j.find(from); from = j.end()) {
            String esc = j.group(1).toLowerCase(Locale.ROOT);
            if (!esc.equals("000a") && !esc.equals("0009") && !esc.equals("000d")) {
                fail(what + ": escaped control \\u" + esc + " in: " + visible(output));
            }
        }
        assertFalse(output.contains("\r"), what + ": carriage return in output");
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(2000).forEach(c -> {
            if (c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c >= 0x200e && c <= 0x206f) {
                sb.append(String.format(Locale.ROOT, "<U+%04X>", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
