package dev.kiosque.faults;

import java.nio.charset.StandardCharsets;

/** Small RSS documents for the fault tests. */
final class Feeds {

    /** Yesterday: recent enough that pruning (keep: 60d) never drops a read item mid-test. */
    static final String RECENT = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).minusDays(1).withNano(0));

    private Feeds() {}

    /** An RSS 2.0 feed titled {@code title} with items {@code prefix-0..n-1}, each linking to {@code /prefix-i}. */
    static String rss(String title, String prefix, int n) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>https://example.org/</link>\n");
        for (int i = 0; i < n; i++) sb.append(item(prefix + "-" + i, "Item " + prefix + " " + i));
        return sb.append("</channel></rss>\n").toString();
    }

    static String item(String id, String title) {
        return "<item><title>" + title + "</title><link>https://example.org/" + id + "</link><guid>" + id
                + "</guid><pubDate>" + RECENT + "</pubDate><description>About " + title
                + "</description></item>\n";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
