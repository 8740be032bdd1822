package dev.kiosque.render;

/** One laid-out line of an article, with the role that decides its look on a terminal. */
public record Line(String text, Style style) {
    /** Roles of lines; plain output ignores them, the TUI colours them. */
    public enum Style { TITLE, META, HEADING, BODY, LIST, QUOTE, CAPTION, PREFORMATTED, TABLE, IMAGE, LINKS, NOTE, BLANK }

    public static final Line BLANK = new Line("", Style.BLANK);
}
