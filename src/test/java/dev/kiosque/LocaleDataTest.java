package dev.kiosque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher runs JDK 17-20 with {@code -Djava.locale.providers=COMPAT,CLDR} (sqlite-jdbc's
 * unused date format is cheaper to build from that data). Every date kiosque writes with locale
 * data must come out the same as with the JDK's default (CLDR): this runs the formatting code
 * in two JVMs, one with each setting, and compares.
 */
class LocaleDataTest {

    @Test
    void dates_are_the_same_with_the_launchers_locale_providers() throws Exception {
        String cldr = probe(List.of());
        String compat = probe(List.of("-Djava.locale.providers=COMPAT,CLDR"));
        assertTrue(cldr.contains("column fr 28 févr.") && cldr.contains("article en Sun 1 Feb 2026"), cldr);
        assertEquals(cldr, compat);
    }

    private static String probe(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "dev.kiosque.tui.LocaleDataProbe"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
