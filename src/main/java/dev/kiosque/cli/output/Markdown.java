package dev.kiosque.cli.output;

import dev.kiosque.text.PlainText;

/** Escaping for Markdown output. */
final class Markdown {
    private Markdown() {}

    /** Escapes the characters that would start Markdown syntax inside inline text. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A URL safe inside {@code (...)}: spaces and parentheses percent-encoded, and control and
     * bidi characters dropped (feeds do put them in links, and a link is printed whole).
     */
    static String url(String s) {
        return PlainText.line(s).replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }
}
