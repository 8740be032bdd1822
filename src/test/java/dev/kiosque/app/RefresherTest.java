package dev.kiosque.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiosque.config.ConfigLoader;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a refresh runs: its parsing slots, and what it leaves in the store. */
class RefresherTest {

    @TempDir
    Path dir;

    /** How many refresh workers parse or save at once: one per core and one more, at least one, never more than the workers. */
    @Test
    void parsers_are_bounded_by_the_cores_and_the_jobs() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(1, Refresher.parsers(1));
        assertEquals(1, Refresher.parsers(0));
        assertEquals(Math.min(cores + 1, 16), Refresher.parsers(16));
        assertEquals(Math.min(cores + 1, 2), Refresher.parsers(2));
        assertEquals(Math.min(cores + 1, 64), Refresher.parsers(64));
    }

    /** The first refresh fills the store without its listing indexes (see Store.deferIndexesIfEmpty): they are there after it. */
    @Test
    void the_first_refresh_leaves_the_listing_indexes_in_place() throws Exception {
        StringBuilder yaml = new StringBuilder("sections:\n  - name: News\n    feeds:\n");
        for (int f = 0; f < 6; f++) {
            StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>F" + f + "</title>");
            for (int i = 0; i < 5; i++) {
                rss.append("<item><title>f").append(f).append(" item ").append(i).append("</title><link>https://example.org/")
                        .append(f).append('/').append(i).append("</link><pubDate>Mon, 10 Feb 2025 ").append(10 + i)
                        .append(":0").append(f).append(":00 GMT</pubDate></item>");
            }
            Path feed = dir.resolve("feed" + f + ".xml");
            Files.writeString(feed, rss.append("</channel></rss>"));
            yaml.append("      - url: ").append(feed.toUri()).append('\n');
        }
        Path config = dir.resolve("feeds.yaml");
        Files.writeString(config, yaml);
        Path data = dir.resolve("data");
        try (LocalLibrary library = LocalLibrary.open(ConfigLoader.load(config), data, Map.of(), false)) {
            library.refresh(RefreshRequest.all(), RefreshListener.NONE);
            List<Headline> all = library.headlines(HeadlineQuery.all());
            assertEquals(30, all.size());
            assertEquals("f5 item 4", all.get(0).title());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(LocalLibrary.DB_FILE));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema "
                     + "WHERE name IN ('items_listing', 'items_by_link') ORDER BY name)")) {
            rs.next();
            assertEquals("items_by_link,items_listing", rs.getString(1));
        }
    }
}
