package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserTest {

    private static final String URL = "https://example.org/a?b=1&c=$(rm -rf ~);d='x y'";

    @Test
    void the_url_is_one_argument_never_parsed_by_a_shell() {
        assertEquals(List.of("xdg-open", URL), Browser.command(null, null, URL));
        assertEquals(List.of("firefox", "--new-tab", URL), Browser.command("firefox --new-tab", null, URL));
    }

    @Test
    void browser_wins_over_the_setting_which_wins_over_xdg_open() {
        assertEquals("lynx", Browser.command("lynx", "firefox", URL).get(0));
        assertEquals("firefox", Browser.command(null, "firefox", URL).get(0));
        assertEquals("firefox", Browser.command("  ", "firefox", URL).get(0));
    }

    @Test
    void a_percent_s_argument_is_replaced_and_a_colon_list_uses_its_first_entry() {
        assertEquals(List.of("w3m", URL, "-o", "x"), Browser.command("w3m %s -o x", null, URL));
        assertEquals(List.of("links2", URL), Browser.command("links2:lynx", null, URL));
    }

    @Test
    void only_absolute_http_and_https_urls_are_web_urls() {
        assertTrue(Browser.isWebUrl("https://example.org/x"));
        assertTrue(Browser.isWebUrl("HTTP://example.org"));
        assertFalse(Browser.isWebUrl("javascript:alert(1)"));
        assertFalse(Browser.isWebUrl("file:///etc/passwd"));
        assertFalse(Browser.isWebUrl("/relative/path"));
        assertFalse(Browser.isWebUrl("-oProxyCommand=evil"));
        assertFalse(Browser.isWebUrl("https://"));
        assertFalse(Browser.isWebUrl(null));
    }
}
