package dev.kiosque.app;

import dev.kiosque.config.Config;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.SectionSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The use cases shared by the command line and the text UI. Reads come from the store only and
 * are fast; {@link #refresh} and {@link #open} may use the network and must not run on a UI thread.
 * Thread-safe.
 */
public interface Library extends AutoCloseable {

    Config config();

    /** Configured sections in config order, with counts. */
    List<SectionSummary> sections();

    List<Headline> headlines(HeadlineQuery query);

    /** One stored item with every field of a listing, or empty when there is none with that id. */
    Optional<Headline> item(long id);

    /** Returns the number of items changed. */
    int mark(MarkRequest request);

    /**
     * The readable article of a stored item: from the cache, from the feed's full content, or
     * fetched and extracted (then cached). With {@code offline}, never touches the network.
     */
    ArticleResult open(long itemId, boolean offline) throws ArticleUnavailableException;

    RefreshReport refresh(RefreshRequest request, RefreshListener listener);

    /** When the last refresh finished, or null when never. */
    Instant lastRefresh();

    @Override
    void close();
}
