package dev.kiosque.store;

import dev.kiosque.model.Article;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.model.Section;
import dev.kiosque.model.SectionSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The local SQLite store: sources, items with read/starred state, validators, fetch log and
 * cached articles. Thread-safe; one instance per process.
 */
public final class Store implements AutoCloseable {

    /** Opens (creating and migrating) the database file. */
    public static Store open(Path dbFile) {
        throw new UnsupportedOperationException("TODO store helper");
    }

    /** Records the configured sources (URL, display name, section, position). */
    public void syncFeeds(List<Section> sections) { throw new UnsupportedOperationException(); }

    public Optional<FeedState> feedState(String feedUrl) { throw new UnsupportedOperationException(); }

    /** Upserts the items of one feed and its validators, in one transaction. */
    public SaveResult saveFeed(String feedUrl, ParsedFeed feed, String etag, String lastModified, Instant at) {
        throw new UnsupportedOperationException();
    }

    /** Logs one fetch (status 304 for not modified, 0 for no response) with its wire bytes. */
    public void recordFetch(String feedUrl, String url, int status, long wireBytes, long decodedBytes, String error, Instant at) {
        throw new UnsupportedOperationException();
    }

    public List<Headline> headlines(HeadlineQuery query) { throw new UnsupportedOperationException(); }

    public Optional<Headline> item(long id) { throw new UnsupportedOperationException(); }

    public Optional<Headline> itemByLink(String link) { throw new UnsupportedOperationException(); }

    public Optional<StoredContent> content(long id) { throw new UnsupportedOperationException(); }

    public List<SectionSummary> sections(List<Section> configured) { throw new UnsupportedOperationException(); }

    /** Applies a mark; returns the number of items changed. */
    public int mark(MarkRequest request) { throw new UnsupportedOperationException(); }

    public Optional<Article> cachedArticle(String url) { throw new UnsupportedOperationException(); }

    public void cacheArticle(Article article, Instant at) { throw new UnsupportedOperationException(); }

    /** Drops read, unstarred items published (or first seen) before {@code now - keep}; returns how many. */
    public int prune(Duration keep, Instant now) { throw new UnsupportedOperationException(); }

    /** When the last refresh finished, or null. */
    public Instant lastRefresh() { throw new UnsupportedOperationException(); }

    public void setLastRefresh(Instant at) { throw new UnsupportedOperationException(); }

    @Override
    public void close() {}
}
