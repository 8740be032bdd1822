package dev.kiosque.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fast path gives exactly the tree of the Jackson path, or gives up. */
class PlainYamlTest {

    /** Shapes the fast path must take (and match Jackson on). */
    private static final List<String> TAKEN = List.of(
            "a: b\n",
            "a: b",
            "sections:\n  - name: A\n    feeds:\n      - https://a.example/\n",
            "sections:\n- name: A\n  feeds:\n  - https://a.example/\n  - url: http://b.example/x#y\n    name: B\n",
            "# c\n\nsections:   # c\n\n  - name: \"Régions\"\n    feeds:\n      - url: x   # c\n        # inner\n        name: 'it''s'\n",
            "a: \"\"\nb: ''\nc: yes\nd: 12\ne: 1.5\nf: true\ng: 0x1F\nh: .inf\ni: 2025-02-07\n",
            "a: [x, y z,  w ]\nb: []\nc: [ x ]   # c\n",
            "a:\n  b:\n    c: d\n  e: f\ng: h\n",
            "a:\n  - - x\n    - y\n  - z\n",
            "a: \uD83D\uDE00 b\nc:\n  - \uD83D\uDE00x\n  - d: \"\uD83D\uDE00\" \n    e: [\uD83D\uDE00, f]\n",
            "a: b:c\nd: e-f\ng: h # i\nj: k#l\n",
            "key_1: v\nper-host: 2\n");

    /** Shapes the fast path must leave to Jackson (valid or not). */
    private static final List<String> LEFT = List.of(
            "", "# only\n", "a:\n", "a: ~\n", "a: null\n", "a: \"~\"\n", "a: |\n  x\n", "a: >\n  x\n",
            "a: b\n  c\n", "a: &x b\nc: *x\n", "a: !!str b\n", "a: {b: c}\n", "a: [b, [c]]\n", "a: \"b\\n\"\n",
            "a: \"b\n  c\"\n", "a: b\na: c\n", "---\na: b\n", "a: b\n...\n", "- a\n", "  a: b\n", "a:\tb\n",
            "a: b\r\n", "a: b: c\n", "a: -b\n", "a:\n  b\n", "a:\n-\n  b\n", "\"a\": b\n", "a b: c\n",
            "a: [b,]\n", "a: 'b'c\n", "a: \"b\"#c\n", "a:\n    b: 1\n  c: 2\n", "a: x\n b: y\n", "null: x\n",
            "a:b\n", "a: b\u0085c\n", "k".repeat(200) + ": v\n", "a:\n  - b\n   - c\n");

    @Test
    void usual_shapes_give_the_jackson_tree() throws ConfigException {
        for (String yaml : TAKEN) {
            YamlNode fast = PlainYaml.read(yaml);
            assertNotNull(fast, yaml);
            assertEquals(YamlReader.readWithJackson(yaml, null), fast, yaml);
        }
    }

    @Test
    void other_shapes_are_left_to_jackson() {
        for (String yaml : LEFT) assertNull(PlainYaml.read(yaml), yaml);
    }

    @Test
    void fixture_files_give_the_jackson_tree_or_nothing() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Fixtures.path("valid.yaml").getParent())) {
            s.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
        files.add(Path.of("feeds.yaml"));
        int taken = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!file.toString().endsWith("latin1.yaml") && !file.toString().endsWith("binary.yaml")) {
                text = Files.readString(file);
            }
            if (check(text)) taken++;
        }
        assertEquals(true, taken >= 15, "taken " + taken);
        assertNotNull(PlainYaml.read(Files.readString(Path.of("feeds.yaml"))), "the default feeds.yaml");
    }

    @Test
    void generated_feed_lists_are_taken() throws ConfigException {
        StringBuilder yaml = new StringBuilder("# generated\nsections:\n");
        for (int s = 0; s < 20; s++) {
            yaml.append("  - name: \"Section ").append(s).append(" – é\"\n    feeds:\n");
            for (int f = 0; f < 25; f++) {
                yaml.append("      - url: http://127.0.0.1:18800/feeds/").append(s * 25 + f).append(".xml\n")
                        .append("        name: \"The Daily Tribune: ").append(f).append("\"\n");
            }
        }
        yaml.append("settings:\n  jobs: 16\n  per-host: 16\n");
        YamlNode fast = PlainYaml.read(yaml.toString());
        assertNotNull(fast);
        assertEquals(YamlReader.readWithJackson(yaml.toString(), null), fast);
    }

    @Test
    void mutations_give_the_jackson_tree_or_nothing() throws IOException {
        String alphabet = " \n-:#'\"[]{}&*!|>%@`,?~xé\uD83D\uDE00\t\\";
        List<String> bases = List.of(Files.readString(Fixtures.path("edit/commented.yaml")),
                Files.readString(Fixtures.path("edit/compact.yaml")), TAKEN.get(3), TAKEN.get(4), TAKEN.get(6),
                TAKEN.get(8));
        Random random = new Random(7);      // why fixed: a failure must be reproducible
        int taken = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = Mutations.of(bases.get(i % bases.size()), alphabet, random);
            if (!loneSurrogate(text) && check(text.toString())) taken++;
        }
        assertEquals(true, taken > 300, "taken " + taken);
    }

    /** Lone surrogates are refused before any YAML is read ({@code ConfigLoader}). */
    private static boolean loneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when the fast path took {@code yaml}; fails when it took it and differs from Jackson. */
    private static boolean check(String yaml) {
        try {
            ConfigLoader.checkCharacters(yaml, null);
        } catch (ConfigException e) {
            return false;                   // refused before any YAML is read
        }
        YamlNode fast = PlainYaml.read(yaml);
        if (fast == null) return false;
        YamlNode slow;
        try {
            slow = YamlReader.readWithJackson(yaml, null);
        } catch (ConfigException e) {
            throw new AssertionError("fast path took a file Jackson rejects (" + e.getMessage() + "):\n" + yaml);
        }
        assertEquals(slow, fast, yaml);
        return true;
    }
}
