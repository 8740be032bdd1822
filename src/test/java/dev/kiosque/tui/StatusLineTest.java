package dev.kiosque.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatusLineTest {

    @Test
    void progress_reads_done_over_total_in_the_ui_language() {
        StatusLine en = new StatusLine(Locale.ENGLISH);
        assertEquals("", en.progress());
        en.progressStarted(0);
        assertEquals("refreshing…", en.progress());
        en.progressStarted(12);
        en.progressDone(3);
        assertEquals("refreshing 3/12…", en.progress());
        en.progressDone(2);                    // a late, smaller count never moves progress back
        assertEquals("refreshing 3/12…", en.progress());
        en.progressEnded();
        assertEquals("", en.progress());

        StatusLine fr = new StatusLine(Locale.FRANCE);
        fr.progressStarted(12);
        fr.progressDone(3);
        assertEquals("actualisation 3/12…", fr.progress());
    }

    @Test
    void messages_in_french_use_french_typography() {
        assertEquals("recherche « élection » · 2", Messages.SEARCH_TITLE.format(Locale.FRENCH, "élection", 2));
        assertEquals("search “election” · 2", Messages.SEARCH_TITLE.format(Locale.ENGLISH, "election", 2));
        assertEquals("window too small", Messages.TOO_SMALL.format(Locale.GERMAN), "English is the fallback");
    }

    @Test
    void fit_cuts_by_display_width_with_an_ellipsis_and_keeps_one_line() {
        assertEquals("abc", Canvas.fit("abc", 3));
        assertEquals("ab…", Canvas.fit("abcd", 3));
        assertEquals("東京…", Canvas.fit("東京都庁", 6));
        assertEquals("東…", Canvas.fit("東京都庁", 4));
        assertEquals("a b", Canvas.fit("a\nb", 10));
        assertEquals("ab", Canvas.fit("a\u001b[31mb", 10));
        assertEquals("", Canvas.fit(null, 10));
    }
}
