package dev.kiosque.article;

import dev.kiosque.model.Block;
import dev.kiosque.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the plain text of one block from text nodes: each piece sanitised, every run of
 * whitespace (no-break spaces included) collapsed to one space, and link spans kept in the
 * collapsed coordinates.
 */
final class InlineText {

    private final StringBuilder out = new StringBuilder();
    private final List<Block.LinkSpan> spans = new ArrayList<>();
    private boolean pendingSpace;
    private int linkStart = -1;
    private int linkIndex = -1;

    /** Appends raw text from the page. */
    void append(String raw) {
        String s = PlainText.sanitize(raw);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (PlainText.isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) out.append(' ');
            pendingSpace = false;
            out.appendCodePoint(c);
        }
    }

    /** A word boundary that adds no character of its own (a {@code <br>}, a cell edge). */
    void space() {
        pendingSpace = true;
    }

    void startLink(int index) {
        endLink();
        linkStart = out.length();
        linkIndex = index;
    }

    void endLink() {
        if (linkIndex < 0) return;
        int start = linkStart;
        if (start < out.length() && out.charAt(start) == ' ') start++;
        if (start < out.length()) spans.add(new Block.LinkSpan(start, out.length(), linkIndex));
        linkIndex = -1;
    }

    boolean isEmpty() {
        return out.length() == 0;
    }

    /** The text so far (trimmed). */
    String text() {
        return out.toString();
    }

    List<Block.LinkSpan> spans() {
        return List.copyOf(spans);
    }

    /** The index of the link still open, or -1. */
    int openLink() {
        return linkIndex;
    }

    /** Forgets the text and the spans; an open link is closed. */
    void reset() {
        linkIndex = -1;
        out.setLength(0);
        spans.clear();
        pendingSpace = false;
    }
}
