package dev.kiosque.feed;

import dev.kiosque.text.PlainText;

/**
 * The start of a long text's one-line form, without computing all of it: a summary cut to 600
 * characters needs the first 600 characters of a content that may run to 50,000.
 *
 * <p>Why a prefix is exact. The line of HTML is {@code PlainText.line(unescape(stripTags(html)))}
 * and each step reads left to right. Cut the tag-free text just before an ASCII space, tab or line
 * feed: no character reference spans one, so the decoded head is the start of the decoded whole;
 * sanitising keeps that so when the head holds no escape-sequence introducer (the only thing that
 * reads on past a blank), a line break pair split at the cut only doubles a blank, and NFC never
 * composes across these characters; collapsing whitespace then only drops the trailing blanks that
 * the whole collapses to one space. So the line of the head is the start of the line of the whole.
 */
final class LinePrefix {

    /** Tag-free characters read beyond the wanted length at first, for entities and collapsed blanks. */
    private static final int SLACK = 64;

    private LinePrefix() {}

    /**
     * Either the start of {@code Html.line(text)} (of {@code PlainText.line(text)} when
     * {@code markup} is false) longer than {@code minChars}, or that whole line. Cutting either to
     * {@code minChars} or fewer characters gives the same string.
     */
    static String of(String text, boolean markup, int minChars) {
        // Sanitising costs tens of nanoseconds a character under C1: read a little more than needed, twice as much if short.
        for (int budget = minChars + minChars / 4 + SLACK; budget < text.length(); budget *= 2) {
            String free = text;
            if (markup) {
                StringBuilder out = new StringBuilder(budget + 16);
                if (Html.stripTags(text, out, budget)) return PlainText.line(Html.unescape(out.toString()));   // Html.line(text)
                free = out.toString();
            }
            int cut = lastBlank(free, Math.min(budget, free.length()));
            if (cut <= 0) break;
            String head = markup ? Html.unescape(free.substring(0, cut)) : free.substring(0, cut);
            if (hasEscapeIntroducer(head)) break;
            String line = PlainText.line(head);
            if (line.length() > minChars) return line;
        }
        return whole(text, markup);
    }

    private static String whole(String text, boolean markup) {
        return markup ? Html.line(text) : PlainText.line(text);
    }

    /** The index of the last space, tab or line feed before {@code end}, or -1. */
    private static int lastBlank(String s, int end) {
        for (int i = end - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') return i;
        }
        return -1;
    }

    /** True when {@code s} holds a character that starts a terminal escape sequence (ESC, 8-bit CSI, DCS, OSC...). */
    private static boolean hasEscapeIntroducer(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0x1B || c == 0x9B || c == 0x90 || c == 0x98 || c == 0x9D || c == 0x9E || c == 0x9F) return true;
        }
        return false;
    }
}
