package dev.kiosque.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiosque.model.Enclosure;
import dev.kiosque.model.Item;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint of an item never changes from one kiosque to the next (stored ones are
 * compared with new ones): the chunked fast path gives what the plain FNV-1a loop gives.
 */
class FingerprintTest {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** The reference: FNV-1a over each field's length then its UTF-16 units, one charAt at a time. */
    private static long reference(Item item) {
        long[] h = {OFFSET};
        Consumer<String> add = s -> {
            h[0] = (h[0] ^ (s == null ? -1 : s.length())) * PRIME;
            if (s != null) for (int i = 0; i < s.length(); i++) h[0] = (h[0] ^ s.charAt(i)) * PRIME;
        };
        add.accept(item.title());
        add.accept(item.link());
        add.accept(item.author());
        add.accept(String.valueOf(item.published()));
        add.accept(item.summary());
        add.accept(item.contentHtml());
        add.accept(String.join("\u0000", item.categories()));
        Enclosure e = item.enclosure();
        if (e != null) {
            add.accept(e.url());
            add.accept(e.type());
            add.accept(Long.toString(e.length()));
        }
        return h[0];
    }

    private static String text(Random random, int max) {
        if (random.nextInt(8) == 0) return null;
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(max);
        for (int i = 0; i < len; i++) {
            sb.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x10000)));
        }
        return sb.toString();
    }

    @Test
    void the_fast_fingerprint_is_the_plain_fnv_of_the_fields() {
        Random random = new Random(6);
        for (int n = 0; n < 2000; n++) {
            Enclosure enclosure = random.nextBoolean() ? null
                    : new Enclosure(text(random, 50), text(random, 20), random.nextInt(1_000_000));
            Item item = new Item(text(random, 30), text(random, 80), text(random, 80), List.of(),
                    random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextInt(2_000_000_000)), null,
                    text(random, 500), text(random, 5000), random.nextBoolean() ? List.of() : List.of("a", "Économie"),
                    enclosure);
            assertEquals(reference(item), ItemWriter.fingerprint(item));
        }
    }
}
