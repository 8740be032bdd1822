package dev.kiosque.feed;

/** Plain text of HTML fragments found in feeds. */
public final class Html {
    private Html() {}

    /** Block-aware plain text: paragraphs separated by blank lines, entities decoded, sanitised. */
    public static String toPlainText(String html) {
        throw new UnsupportedOperationException("TODO feed helper");
    }
}
