package dev.kiosque.feed;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.Item;
import dev.kiosque.text.PlainText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what a parser found for one entry, then applies the fallbacks every format shares:
 * id from the link or a hash, plain-text title and summary, summary derived from the content.
 * Fields hold raw values: {@code titleHtml} and {@code summaryHtml} are HTML (or text that may
 * carry markup), links are already absolute.
 */
final class ItemBuilder {

    /** A summary longer than this is cut (at a word) when the full content is kept anyway. */
    static final int SUMMARY_MAX_CHARS = 600;
    /** Characters of a hash-based id (hex of SHA-256). */
    private static final int HASH_ID_CHARS = 32;

    String id;
    String title;            // already one line of plain text (what PlainText.line returns), or null
    String titleHtml;        // HTML or literal text to reduce to plain text, used when title is null
    String link;
    final Set<String> authors = new LinkedHashSet<>();
    Instant published;
    Instant updated;
    String summaryHtml;
    String summaryText;      // already plain text (JSON Feed summary, Atom type=text)
    String contentHtml;
    final Set<String> categories = new LinkedHashSet<>();
    Enclosure enclosure;

    void author(String name) {
        String n = ReadScope.current().line(name);   // names repeat from item to item
        if (n != null && !n.isEmpty()) authors.add(n);
    }

    void category(String name) {
        String n = ReadScope.current().line(name);
        if (n != null && !n.isEmpty()) categories.add(n);
    }

    /**
     * True when the entry carries nothing worth keeping (an empty {@code <item/>}). An entry with
     * only an author, a date or a category still counts: some feeds send little more.
     */
    boolean isEmpty() {
        return id == null && title == null && titleHtml == null && link == null && summaryHtml == null
                && summaryText == null && contentHtml == null && enclosure == null && authors.isEmpty()
                && published == null && updated == null && categories.isEmpty();
    }

    Item build() {
        // A title set as such is already a line, and PlainText.line is idempotent: no second pass.
        String plainTitle = title != null ? title : plainLine(titleHtml);
        String summary = contentHtml != null ? shortSummary() : summaryText != null ? PlainText.line(summaryText) : plainLine(summaryHtml);
        if (summary != null && summary.isEmpty()) summary = null;
        if (plainTitle != null && plainTitle.isEmpty()) plainTitle = null;
        String stableId = id != null ? PlainText.line(id) : link != null ? link : hashId(plainTitle, summary);
        return new Item(stableId, plainTitle, link, new ArrayList<>(authors), published, updated, summary,
                contentHtml, List.copyOf(categories), enclosure);
    }

    /**
     * The summary of an entry that keeps its full content: one line cut to {@link #SUMMARY_MAX_CHARS},
     * from the summary, else from the content. Only the start of a long text is reduced to a
     * line, which gives the same cut line ({@link LinePrefix}).
     */
    private String shortSummary() {
        String line;
        if (summaryText != null) line = LinePrefix.of(summaryText, false, SUMMARY_MAX_CHARS);
        else if (summaryHtml != null) line = LinePrefix.of(summaryHtml, Html.looksLikeHtml(summaryHtml), SUMMARY_MAX_CHARS);
        else line = LinePrefix.of(contentHtml, true, SUMMARY_MAX_CHARS);
        return shorten(line, SUMMARY_MAX_CHARS);
    }

    /** Plain one-line text of something that may be markup; markup-free text skips the HTML parse. */
    static String plainLine(String maybeHtml) {
        if (maybeHtml == null) return null;
        return Html.looksLikeHtml(maybeHtml) ? Html.line(maybeHtml) : PlainText.line(maybeHtml);
    }

    /** {@code s} cut to at most {@code max} characters at a word boundary, with an ellipsis. */
    static String shorten(String s, int max) {
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return s.substring(0, cut).stripTrailing() + "…";
    }

    private String hashId(String plainTitle, String summary) {
        String basis = (plainTitle == null ? "" : plainTitle) + "\n" + (published == null ? "" : published)
                + "\n" + (plainTitle == null && summary != null ? summary : "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest).substring(0, HASH_ID_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
