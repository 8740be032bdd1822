package dev.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void csi_sequences_are_removed_whole() {
        assertEquals("rouge normal", PlainText.sanitize("\u001b[31mrouge\u001b[0m normal"));
        assertEquals("ab", PlainText.sanitize("a\u001b[2Jb"));
        assertEquals("ab", PlainText.sanitize("a\u001b[?1049hb"));        // alternate screen
    }

    @Test
    void eight_bit_csi_is_removed_with_its_parameters() {
        assertEquals("ab", PlainText.sanitize("a\u009b31mb"));
        assertEquals("ab", PlainText.sanitize("a\u009b2Jb"));
    }

    @Test
    void osc8_hyperlinks_keep_their_text_only() {
        String link = "\u001b]8;;https://evil.example/\u001b\\cliquez ici\u001b]8;;\u001b\\";
        assertEquals("cliquez ici", PlainText.sanitize(link));
        String belTerminated = "\u001b]8;;https://evil.example/\u0007texte\u001b]8;;\u0007";
        assertEquals("texte", PlainText.sanitize(belTerminated));
    }

    @Test
    void osc52_clipboard_writes_and_title_changes_are_removed() {
        assertEquals("ok", PlainText.sanitize("o\u001b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u0007k"));
        assertEquals("ok", PlainText.sanitize("o\u001b]0;pwned\u001b\\k"));
        assertEquals("ok", PlainText.sanitize("o\u009d52;c;AAAA\u009ck"));     // 8-bit OSC and ST
        assertEquals("ok", PlainText.sanitize("o\u001bPq#0;2;0;0;0\u001b\\k"));  // DCS (sixel)
    }

    @Test
    void c0_and_c1_controls_are_dropped_but_newlines_and_tabs_kept() {
        assertEquals("a\tb\nc", PlainText.sanitize("a\tb\r\nc\u0000\u0007\u0008\u007f\u0090"));
        assertEquals("a\nb", PlainText.sanitize("a\rb"));
    }

    @Test
    void bidi_overrides_and_isolates_are_neutralised() {
        String trojan = "admin\u202E\u2066// check\u2069\u202C";
        assertEquals("admin// check", PlainText.sanitize(trojan));
        assertEquals("abc", PlainText.sanitize("a\u200Fb\u200Ec"));
        assertEquals("مرحبا", PlainText.sanitize("\u202Bمرحبا\u202C"));
    }

    @Test
    void a_malformed_csi_does_not_swallow_the_text_after_it() {
        assertEquals("a\nété bien", PlainText.sanitize("a\u001b[\nété bien"));
        assertEquals("aé", PlainText.sanitize("a\u001b[12é"));
    }

    @Test
    void next_line_becomes_a_line_break_and_soft_hyphens_vanish() {
        assertEquals("a\nb", PlainText.sanitize("a\u0085b"));
        assertEquals("anticonstitutionnellement", PlainText.sanitize("anti\u00ADconstitution\u00ADnellement"));
    }

    @Test
    void text_is_nfc_normalised() {
        String nfd = Normalizer.normalize("Sénégal, coopération", Normalizer.Form.NFD);
        String clean = PlainText.sanitize(nfd);
        assertEquals("Sénégal, coopération", clean);
        assertTrue(Normalizer.isNormalized(clean, Normalizer.Form.NFC));
    }

    @Test
    void emoji_sequences_survive_sanitising() {
        String family = "👨\u200D👩\u200D👧 🇫🇷 👍🏽 ❤\uFE0F";
        assertEquals(family, PlainText.sanitize(family));
    }

    @Test
    void line_collapses_whitespace_including_no_break_spaces() {
        assertEquals("Publié le 7 février", PlainText.line("  Publié\u00A0le\n\t7   février \u001b[1m"));
        assertNull(PlainText.line(null));
        assertEquals("", PlainText.collapse("  \n "));
    }

    @Test
    void sanitized_text_has_no_control_characters_left() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0xA0; c++) all.append((char) c).append('x');
        String clean = PlainText.sanitize(all.toString());
        for (char c : clean.toCharArray()) {
            assertTrue(c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F && (c < 0x80 || c >= 0xA0)),
                    "control left: " + (int) c);
        }
    }
}
