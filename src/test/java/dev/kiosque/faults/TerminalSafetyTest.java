package dev.kiosque.faults;

import static dev.kiosque.faults.Feeds.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, content: titles, bodies, authors, categories and feed titles carrying ESC sequences
 * (CSI, OSC 8 links, OSC 52 clipboard writes), C1 controls (U+009B) and bidi overrides, raw and
 * as character references. None of it reaches stdout or stderr, in any format of any command.
 */
class TerminalSafetyTest {

    @TempDir
    Path home;
    HostileServer server;
    Kiosque kiosque;

    @BeforeEach
    void start() throws IOException {
        server = new HostileServer();
        server.serve("/hostile.xml", "application/rss+xml", bytes(feed()));
        server.serve("/article.html", "text/html; charset=utf-8", bytes(article()));
        Files.writeString(home.resolve("hostile.xml"), feed());
        Files.writeString(home.resolve("article.html"), article());
        kiosque = new Kiosque(home).feeds(server.url("/hostile.xml"));
        Kiosque.Run refresh = kiosque.run("refresh");
        assertEquals(0, refresh.code(), refresh.err());
        Hostile.assertClean("refresh stderr", refresh.err());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String feed() {
        String link = server.url("/article.html");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                + "<title>Feed " + Hostile.RAW + "</title><link>https://example.org/</link>"
                + "<description>" + Hostile.REFS + "</description>"
                + "<item><title>Raw " + Hostile.RAW + "</title><link>" + link + "</link><guid>raw</guid>"
                + "<description><![CDATA[<p>Body " + Hostile.RAW + "</p>]]></description>"
                + "<dc:creator>Author " + Hostile.RAW + "</dc:creator><category>Cat " + Hostile.RAW + "</category>"
                + "<pubDate>Fri, 07 Feb 2025 09:12:00 GMT</pubDate></item>"
                + "<item><title>Refs " + Hostile.REFS + "</title><link>" + link + "?2</link><guid>refs</guid>"
                + "<description>&lt;p&gt;Body " + Hostile.REFS + "&lt;/p&gt;</description>"
                + "<dc:creator>Author " + Hostile.REFS + "</dc:creator><category>Cat " + Hostile.REFS + "</category>"
                + "<pubDate>Fri, 07 Feb 2025 10:12:00 GMT</pubDate></item>"
                + "<item><title>Link</title><link>https://example.org/a&#x202e;b&#x1b;[2J&#x9b;c</link>"
                + "<guid>g&#x1b;]52;c;eA==&#7;</guid><comments>https://example.org/&#x1b;[31m</comments>"
                + "<enclosure url=\"https://example.org/&#x202e;.mp3\" type=\"audio/mpeg\" length=\"1\"/></item>"
                + "</channel></rss>\n";
    }

    private static String article() {
        String para = "<p>Paragraph " + Hostile.RAW + " " + Hostile.REFS + " "
                + "with enough ordinary words to count as the body of a real article. ".repeat(6) + "</p>";
        return "<html lang=\"fr\"><head><title>Title " + Hostile.RAW + "</title>"
                + "<meta property=\"og:site_name\" content=\"Site " + Hostile.REFS + "\">"
                + "<meta name=\"author\" content=\"By " + Hostile.REFS + "\"></head><body><article><h1>Head "
                + Hostile.RAW + "</h1>" + para + para + "<ul><li>Item " + Hostile.REFS + "</li></ul>"
                + "<blockquote>Quote " + Hostile.RAW + "</blockquote><pre>Pre " + Hostile.RAW + "</pre>"
                + "<a href=\"https://example.org/" + Hostile.REFS + "\">link " + Hostile.RAW + "</a>"
                + "<table><tr><td>Cell " + Hostile.RAW + "</td></tr></table></article></body></html>";
    }

    private void assertCleanRun(String... args) {
        Kiosque.Run run = kiosque.run(args);
        String what = String.join(" ", args);
        assertEquals(0, run.code(), what + ": " + run.err());
        assertTrue(!run.out().isBlank(), what + " printed nothing");
        Hostile.assertClean(what + " (stdout)", run.out());
        Hostile.assertClean(what + " (stderr)", run.err());
    }

    @Test
    void headlines_in_every_format_carry_no_control_character() {
        for (String format : List.of("plain", "tsv", "json", "jsonl", "markdown")) {
            assertCleanRun("headlines", "--format", format);
        }
        assertCleanRun("headlines", "--search", "Raw");
    }

    @Test
    void sections_and_feeds_list_carry_no_control_character() {
        assertCleanRun("sections");
        for (String format : List.of("tsv", "json")) assertCleanRun("sections", "--format", format);
        assertCleanRun("feeds", "list");
        for (String format : List.of("tsv", "json")) assertCleanRun("feeds", "list", "--format", format);
    }

    @Test
    void feeds_show_of_a_file_and_a_url_carry_no_control_character() {
        assertCleanRun("feeds", "show", home.resolve("hostile.xml").toString());
        assertCleanRun("feeds", "show", home.resolve("hostile.xml").toString(), "--format", "json");
        assertCleanRun("feeds", "show", server.url("/hostile.xml"), "--format", "json");
    }

    @Test
    void read_in_every_format_carries_no_control_character() {
        String id = kiosque.run("headlines", "--format", "tsv").out().lines()
                .filter(l -> l.contains("Raw")).findFirst().orElseThrow().split("\t")[0];
        for (String format : List.of("text", "markdown", "json")) {
            assertCleanRun("read", id, "--format", format);
            assertCleanRun("read", home.resolve("article.html").toString(), "--format", format);
            assertCleanRun("read", server.url("/article.html"), "--format", format);
        }
    }
}
