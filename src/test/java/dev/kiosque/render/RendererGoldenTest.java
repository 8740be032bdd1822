package dev.kiosque.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiosque.text.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden layouts of the fixture articles at widths 40, 80 and 120, and their Markdown. Run with
 * {@code -Drender.update=true} to rewrite the expected files after a deliberate change.
 */
class RendererGoldenTest {

    private static final List<String> CASES = List.of("french", "arabic", "cjk", "emoji", "newsroom");
    private static final int[] WIDTHS = {40, 80, 120};
    private static final boolean UPDATE = Boolean.getBoolean("render.update");

    @TestFactory
    List<DynamicTest> layouts_match_the_expected_text() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : CASES) {
            for (int width : WIDTHS) {
                tests.add(DynamicTest.dynamicTest(name + " at " + width, () -> {
                    RenderFixtures.Case c = RenderFixtures.load(name);
                    String actual = Renderer.text(c.article(), width, c.locale());
                    for (String line : actual.split("\n")) {
                        assertTrue(DisplayWidth.of(line) <= width, "too wide: " + line);
                    }
                    compare(name + "/expected-" + width + ".txt", actual);
                }));
            }
            tests.add(DynamicTest.dynamicTest(name + " as markdown", () -> {
                RenderFixtures.Case c = RenderFixtures.load(name);
                compare(name + "/expected.md", Renderer.markdown(c.article(), c.locale()));
            }));
        }
        return tests;
    }

    private static void compare(String path, String actual) throws IOException {
        if (UPDATE) {
            Path file = Path.of("src/test/resources/render", path);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = RenderFixtures.resource(path);
        assertNotNull(expected, "missing " + path + " (run with -Drender.update=true to create it)");
        assertEquals(expected, actual, path);
    }
}
