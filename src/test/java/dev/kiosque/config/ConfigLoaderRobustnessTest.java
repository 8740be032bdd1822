package dev.kiosque.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the text, loading ends in a Config or a one-line ConfigException, never another exception. */
class ConfigLoaderRobustnessTest {

    private static final List<String> ODD = List.of("[]", "- a", "sections", "sections: {}", "? [a]: b\n",
            "sections: !!binary aGVsbG8=", "sections:\n  - name: [x]\n    feeds: [https://a.example/]\n",
            "sections: [{name: A, feeds: [https://a.example/]}]", "sections:\n  - <<: *x\n", "{", "'", "\"",
            "sections:\n  - name: A\n    feeds:\n      - url: [https://a.example/]\n", "%YAML 1.1\n---\nsections: 1\n",
            "sections:\n  - name: A\n    feeds:\n      - https://a.example/\nkeys: [a]\n", ": x", "- - - -", "a: |\n x\n",
            "[".repeat(100_000), "a:\n" + "  - ".repeat(2_000) + "x\n");

    @Test
    void odd_documents_give_one_line_errors() {
        for (String yaml : ODD) {
            check(yaml);
        }
    }

    @Test
    void flow_style_files_load() throws ConfigException {
        Config config = ConfigLoader.parse("sections: [{name: A, feeds: [https://a.example/]}]", null);
        assertEquals("https://a.example/", config.feeds().get(0).url());
    }

    @Test
    void mutations_of_a_valid_file_give_one_line_errors() throws IOException {
        String valid = Files.readString(Fixtures.path("valid.yaml"));
        Random random = new Random(42);    // why fixed: a failure must be reproducible
        String alphabet = " \t\n-:#'\"[]{}&*!|>%@`,?xé\u0000\u0085";
        for (int i = 0; i < 400; i++) {
            check(Mutations.of(valid, alphabet, random).toString());
        }
    }

    private static void check(String yaml) {
        try {
            ConfigLoader.parse(yaml, null);
        } catch (ConfigException e) {
            assertTrue(e.getMessage().startsWith("feeds.yaml"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("Exception"),
                    () -> "not one clean line for\n" + yaml + "\n: " + e.getMessage());
        } catch (RuntimeException e) {
            fail("unexpected " + e + " for\n" + yaml, e);
        }
    }
}
