package dev.kiosque.text;

import java.util.List;

/** The mutable state of one {@link Wrapper#wrap} call: the line being filled and the lines done. */
final class LineFiller {

    private static final int SOFT_HYPHEN = 0xAD;
    private static final int ZERO_WIDTH_SPACE = 0x200B;

    private final int width;
    private final String firstPrefix;
    private final String restPrefix;
    private final int firstPrefixWidth;
    private final int restPrefixWidth;
    private final List<String> out;
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder word = new StringBuilder();   // the word being read, not yet placed
    private int wordWidth;
    private boolean space;          // a space separates the pending word from the text before it
    private int lineWidth;          // columns of text on the current line, prefix excluded
    private boolean first = true;   // the current line is the first one

    LineFiller(Wrapper wrapper, List<String> out) {
        this.width = wrapper.width();
        this.firstPrefix = wrapper.firstPrefix();
        this.restPrefix = wrapper.restPrefix();
        this.firstPrefixWidth = DisplayWidth.of(firstPrefix);
        this.restPrefixWidth = DisplayWidth.of(restPrefix);
        this.out = out;
    }

    /** Adds one line of text (no line breaks) to the lines, breaking where it may. */
    void paragraph(String s) {
        int prev = -1;              // first code point of the previous cluster of the pending word
        for (int i = 0; i < s.length(); ) {
            int end = Graphemes.next(s, i);
            int cp = s.codePointAt(i);
            if (LineBreaks.isBreakingSpace(cp) || cp == ZERO_WIDTH_SPACE) {
                flushWord();
                space |= cp != ZERO_WIDTH_SPACE;
                prev = -1;
            } else {
                if (prev >= 0 && LineBreaks.between(prev, cp)) flushWord();
                if (cp != SOFT_HYPHEN) {   // no hyphenation: an invisible hyphen is simply dropped
                    word.append(s, i, end);
                    wordWidth += DisplayWidth.ofCluster(s, i, end);
                }
                int next = end < s.length() ? s.codePointAt(end) : -1;
                if (LineBreaks.afterDash(prev, cp, next)) {
                    flushWord();
                    prev = -1;
                } else {
                    prev = cp;
                }
            }
            i = end;
        }
        flushWord();
        space = false;
    }

    /** Places the pending word, if any, after a space when one separated it from the text before. */
    private void flushWord() {
        if (word.length() == 0) return;
        place(word.toString(), wordWidth, space);
        word.setLength(0);
        wordWidth = 0;
        space = false;
    }

    /** Ends the current line where the text had a line break. */
    void hardBreak() {
        emit();
    }

    /** Ends the last line, if it holds anything. */
    void finish() {
        if (lineWidth > 0) emit();
    }

    private void place(String word, int w, boolean space) {
        int room = width - (first ? firstPrefixWidth : restPrefixWidth);
        int gap = lineWidth > 0 && space ? 1 : 0;
        if (lineWidth + gap + w <= room) {
            if (gap > 0) line.append(' ');
            line.append(word);
            lineWidth += gap + w;
        } else if (lineWidth > 0) {
            emit();
            place(word, w, false);
        } else {
            breakLongWord(word);
        }
    }

    /** Puts a word longer than a line on as many lines as it needs, cluster by cluster. */
    private void breakLongWord(String word) {
        for (int i = 0; i < word.length(); ) {
            int end = Graphemes.next(word, i);
            int cw = DisplayWidth.ofCluster(word, i, end);
            int room = width - (first ? firstPrefixWidth : restPrefixWidth);
            if (lineWidth > 0 && lineWidth + cw > room) emit();
            line.append(word, i, end);
            lineWidth += cw;
            i = end;
        }
    }

    private void emit() {
        String text = (first ? firstPrefix : restPrefix) + line;
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        out.add(text.substring(0, end));
        line.setLength(0);
        lineWidth = 0;
        first = false;
    }
}
