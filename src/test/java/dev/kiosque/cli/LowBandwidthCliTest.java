package dev.kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 5 end to end: the byte ledger, server hints, backoff, budget and deadline. */
class LowBandwidthCliTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;
    FarmServer farm;

    @BeforeEach
    void start() throws IOException {
        farm = new FarmServer();
    }

    @AfterEach
    void stop() {
        farm.close();
    }

    private void config(String settings, String... paths) throws IOException {
        StringBuilder yaml = new StringBuilder("sections:\n");
        for (int i = 0; i < paths.length; i++) {
            yaml.append("  - name: S").append(i).append("\n    feeds:\n      - ").append(farm.url(paths[i])).append('\n');
        }
        if (!settings.isEmpty()) yaml.append("settings:\n").append(settings);
        Files.writeString(home.resolve("feeds.yaml"), yaml.toString(), StandardCharsets.UTF_8);
    }

    private JsonNode stats(String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "stats";
        args[1] = "--format=json";
        System.arraycopy(more, 0, args, 2, more.length);
        Run r = Run.of(home, args);
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void stats_count_requests_304s_and_what_they_and_compression_saved() throws IOException {
        farm.put("a.xml", new FarmServer.Page(200, FarmServer.rss("a", 10, ""), Map.of(), true, true, false));
        farm.feed("b.xml", 5, Map.of());
        config("", "a.xml", "b.xml");
        Run first = Run.of(home, "refresh");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("bytes: ") && first.err().contains("received in 2 requests"), first.err());
        Run second = Run.of(home, "refresh");
        assertTrue(second.err().contains("received in 2 requests; 2 not modified saved"), second.err());

        JsonNode today = stats().get("periods").get(0);
        assertEquals(1, today.get("days").asInt());
        assertEquals(4, today.get("requests").asInt());
        assertEquals(2, today.get("notModified").asInt());
        long gzipped = FarmServer.gzip(FarmServer.rss("a", 10, "")).length;
        long plain = FarmServer.rss("b", 5, "").length;
        // Saved by 304: the last full wire size of each feed (body plus headers).
        long saved = today.get("savedByNotModified").asLong();
        assertTrue(saved > gzipped + plain && saved < gzipped + plain + 1000, saved + " vs " + (gzipped + plain));
        long compression = today.get("savedByCompression").asLong();
        long raw = FarmServer.rss("a", 10, "").length;
        assertTrue(compression > raw - gzipped - 1000 && compression <= raw - gzipped, compression + "");
        assertEquals(3, stats().get("periods").size());
        JsonNode top = stats().get("costliest");
        assertEquals(farm.url("b.xml"), top.get(0).get("url").asString(), top.toString());
        Run plainStats = Run.of(home, "stats", "--days", "7");
        assertTrue(plainStats.out().contains("7 days") && plainStats.out().contains("Feed b"), plainStats.out());
    }

    @Test
    void max_age_makes_a_feed_not_due_and_force_fetches_it_anyway() throws IOException {
        farm.feed("a.xml", 3, Map.of("Cache-Control", "max-age=600"));
        farm.feed("b.xml", 3, Map.of());
        config("", "a.xml", "b.xml");
        assertEquals(0, Run.of(home, "refresh").code());
        Run again = Run.of(home, "refresh");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("1 not modified, 1 not due"), again.err());
        assertEquals(1, farm.requests("a.xml"));
        Run forced = Run.of(home, "refresh", "--force");
        assertTrue(forced.err().contains("2 not modified, 0 not due"), forced.err());
        assertEquals(2, farm.requests("a.xml"));
    }

    @Test
    void a_server_cannot_keep_a_feed_away_for_more_than_a_day() throws IOException {
        farm.feed("a.xml", 3, Map.of("Cache-Control", "max-age=31536000"));
        config("", "a.xml");
        assertEquals(0, Run.of(home, "refresh").code());
        Run again = Run.of(home, "refresh");
        assertTrue(again.err().contains("due in 23h") || again.err().contains("due in 24h"), again.err());
    }

    @Test
    void rss_ttl_is_honoured() throws IOException {
        farm.put("a.xml", new FarmServer.Page(200, FarmServer.rss("a", 3, "<ttl>90</ttl>"), Map.of(), true, false, false));
        config("", "a.xml");
        assertEquals(0, Run.of(home, "refresh").code());
        Run again = Run.of(home, "refresh");
        assertTrue(again.err().contains("1 not due") && again.err().contains("due in 89m"), again.err());
        assertEquals(1, farm.requests("a.xml"));
    }

    @Test
    void retry_after_on_503_is_honoured_and_is_not_a_success() throws IOException {
        farm.put("a.xml", new FarmServer.Page(503, new byte[0], Map.of("Retry-After", "3600"), false, false, false));
        farm.feed("b.xml", 3, Map.of());
        config("", "a.xml", "b.xml");
        Run first = Run.of(home, "refresh");
        assertEquals(3, first.code(), first.err());
        Run again = Run.of(home, "refresh");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("1 not due") && again.err().contains("due in 59m"), again.err());
        assertEquals(1, farm.requests("a.xml"));
    }

    @Test
    void repeated_failures_back_off_and_a_success_resets_them() throws IOException {
        farm.put("a.xml", new FarmServer.Page(500, new byte[0], Map.of(), false, false, false));
        config("", "a.xml");
        assertEquals(1, Run.of(home, "refresh").code());
        assertEquals(1, Run.of(home, "refresh").code());  // one failure alone costs no wait
        Run third = Run.of(home, "refresh");
        assertTrue(third.err().contains("1 not due") && third.err().contains("after 2 failures in a row"), third.err());
        assertEquals(2, farm.requests("a.xml"));
        farm.feed("a.xml", 3, Map.of());
        assertEquals(0, Run.of(home, "refresh", "--force").code());
        assertEquals(0, Run.of(home, "refresh").code());
        assertEquals(4, farm.requests("a.xml"));
    }

    @Test
    void a_budget_skips_downloads_that_would_pass_it_in_config_order_with_exit_3() throws IOException {
        for (String p : List.of("a.xml", "b.xml", "c.xml")) {
            farm.put(p, new FarmServer.Page(200, FarmServer.rss(p, 30, ""), Map.of(), false, false, false));
        }
        config("", "a.xml", "b.xml", "c.xml");
        assertEquals(0, Run.of(home, "refresh").code());
        long size = FarmServer.rss("a.xml", 30, "").length;
        farm.log.clear();
        Run budgeted = Run.of(home, "refresh", "--jobs", "1", "--budget", (size + size / 2) / 1024 + "KB");
        assertEquals(3, budgeted.code(), budgeted.err());
        assertEquals(List.of("a.xml 200"), farm.log);
        assertTrue(budgeted.err().contains("skipped: Feed b.xml: over budget"), budgeted.err());
        assertTrue(budgeted.err().contains("2 skipped"), budgeted.err());
    }

    @Test
    void a_first_refresh_with_a_tiny_budget_requests_nothing() throws IOException {
        farm.feed("a.xml", 3, Map.of());
        config("", "a.xml");
        Run r = Run.of(home, "refresh", "--budget", "2KB");
        assertEquals(3, r.code(), r.err());
        assertTrue(farm.log.isEmpty(), farm.log.toString());
    }

    @Test
    void the_daily_budget_counts_what_was_spent_earlier_today() throws IOException {
        farm.feed("a.xml", 30, Map.of());
        config("  budget-per-day: 30KB\n", "a.xml");
        assertEquals(0, Run.of(home, "refresh").code());  // unknown size: allowed, capped at the 30 KB left
        Run again = Run.of(home, "refresh", "--force");
        assertEquals(3, again.code(), again.err());
        assertTrue(again.err().contains("over budget"), again.err());
        assertEquals(1, farm.requests("a.xml"));
    }

    @Test
    void a_bad_budget_is_a_usage_error() throws IOException {
        farm.feed("a.xml", 3, Map.of());
        config("", "a.xml");
        Run r = Run.of(home, "refresh", "--budget", "lots");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--budget must be a size"), r.err());
    }

    @Test
    void the_refresh_deadline_stops_a_hanging_feed_and_skips_what_did_not_start() throws IOException {
        farm.put("hang.xml", new FarmServer.Page(200, new byte[0], Map.of(), false, false, true));
        farm.feed("b.xml", 3, Map.of());
        config("  timeout: 60s\n", "hang.xml", "b.xml");
        Run r = Run.of(home, "refresh", "--jobs", "1", "--deadline", "1s");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("refresh deadline (1s) passed") || r.err().contains("stopped at the refresh deadline"), r.err());
        assertFalse(farm.log.contains("b.xml 200"), farm.log.toString());
    }

    @Test
    void a_body_cut_mid_transfer_keeps_its_complete_items_but_not_its_validators() throws IOException {
        byte[] feed = FarmServer.rss("cut.xml", 10, "");
        farm.put("cut.xml", new FarmServer.Page(200, feed, Map.of(), true, false, false, feed.length / 2));
        config("", "cut.xml");
        Run first = Run.of(home, "refresh");
        assertEquals(0, first.code(), first.err());
        long items = Run.of(home, "headlines", "--format", "tsv").out().lines().count();
        assertTrue(items >= 3 && items < 10, items + " items");
        farm.feed("cut.xml", 10, Map.of());
        Run second = Run.of(home, "refresh");
        assertEquals(0, second.code(), second.err());
        assertEquals(List.of("cut.xml 200", "cut.xml 200"), farm.log);  // the second GET was not conditional
        String all = Run.of(home, "headlines", "--format", "tsv").out();
        assertEquals(10, all.lines().count(), all);
    }
}
