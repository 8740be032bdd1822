package dev.kiosque.store;

import static dev.kiosque.store.Fixtures.T0;
import static dev.kiosque.store.Fixtures.feed;
import static dev.kiosque.store.Fixtures.item;

import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.Item;
import dev.kiosque.model.MarkRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A second kiosque process for the multi-process tests: saves feeds {@code from..to} of
 * {@link ConcurrencyTest#config()} into the store at {@code args[0]}, starring every item, and
 * prints "saved N" after each committed save. Run with {@code java -cp <test classpath>}.
 */
final class WriterProcess {

    private WriterProcess() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        try (Store store = Store.open(file)) {
            store.syncFeeds(ConcurrencyTest.config());
            for (int f = from; f < to; f++) {
                store.saveFeed(ConcurrencyTest.url(f), feed("Feed " + f, items(f)), null, null, Instant.now());
                store.recordFetch(ConcurrencyTest.url(f), null, 200, 100, 400, null, Instant.now());
                String prefix = "/p" + f + "-";
                List<Long> ids = new ArrayList<>();
                store.headlines(HeadlineQuery.all()).stream().filter(h -> h.link().contains(prefix))
                        .forEach(h -> ids.add(h.id()));
                store.mark(MarkRequest.items(MarkRequest.Op.STAR, ids));
                System.out.println("saved " + f);
                System.out.flush();
            }
        }
    }

    static Item[] items(int feedNo) {
        Item[] items = new Item[ConcurrencyTest.ITEMS];
        for (int i = 0; i < items.length; i++) {
            items[i] = item("p" + feedNo + "-" + i, "Process item " + i, T0.plusSeconds(feedNo * 100L + i));
        }
        return items;
    }
}
