package dev.kiosque.cli.output;

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

    /** A URL safe inside {@code (...)}: spaces and parentheses percent-encoded. */
    static String url(String s) {
        return s.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }
}
