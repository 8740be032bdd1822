package dev.kiosque.store;

import dev.kiosque.model.Article;
import dev.kiosque.model.FeedCost;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.model.Section;
import dev.kiosque.model.SectionSummary;
import dev.kiosque.model.Traffic;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The local SQLite store: sources, items with read/starred state, validators, fetch log and
 * cached articles.
 *
 * <p>Thread-safe: writes from any number of threads are serialised on one connection, reads use a
 * second one and do not wait for them. Several processes may use the same file at once (WAL, a
 * busy timeout, short write transactions retried when busy). Every method may throw
 * {@link StoreException}, whose message is one line naming the file and what to do.
 */
public final class Store implements AutoCloseable {

    private static final String LAST_REFRESH = "last_refresh";

    private final Database db;

    private Store(Database db) {
        this.db = db;
    }

    /**
     * Starts, on background threads, the driver's start-up work that needs no file (its loader
     * class, a date format it builds for every connection: ~60 ms of CPU), so that a later
     * {@link #open} finds it done. For commands that open the store soon after starting: call it
     * first, before reading the config. Never fails; calling it again does nothing.
     */
    public static void warmUp() {
        DriverWarmUp.start(true);
    }

    /**
     * Opens the database file, creating it and its directory when missing and migrating it to this
     * version's schema. Refuses a file written by a newer kiosque, a damaged or foreign file, and
     * a directory it cannot write to, each with a {@link StoreException} saying what to do.
     */
    public static Store open(Path dbFile) {
        return new Store(Database.open(dbFile.toAbsolutePath().normalize()));
    }

    /** The schema version this kiosque writes. */
    public static int schemaVersion() {
        return Migrations.latest();
    }

    /** The database file. */
    public Path file() {
        return db.file();
    }

    /**
     * Records the configured sources (URL, display name, section, position). Sources no longer
     * configured are kept, hidden, with their items and their read and starred state. Writes
     * nothing when the store already matches.
     */
    public void syncFeeds(List<Section> sections) {
        List<Feeds.Placement> wanted = Feeds.placements(sections);
        // Every command syncs at start; reading first keeps an unchanged config from taking the
        // write lock, so "headlines" never waits behind another process's refresh.
        if (wanted.equals(db.read("reading the configured feeds", Feeds::storedPlacements))) return;
        db.write("saving the configured feeds", c -> {
            Feeds.sync(c, wanted);
            return null;
        });
    }

    /** What the store remembers of a source, or empty when it has never seen it. */
    public Optional<FeedState> feedState(String feedUrl) {
        return Optional.ofNullable(refreshState(feedUrl).state());
    }

    /**
     * Upserts the items of one feed and its validators, in one transaction. Items are keyed by
     * (source, item id): a refresh never duplicates an item nor resets its read or starred state,
     * and rewrites an item whose fields changed (counted as updated). Null validators clear the
     * stored ones (as after a truncated download). Items without a date sort by when first seen.
     */
    public SaveResult saveFeed(String feedUrl, ParsedFeed feed, String etag, String lastModified, Instant at) {
        Objects.requireNonNull(feedUrl, "feedUrl");
        ItemWriter.Prepared prepared = ItemWriter.prepare(feed);   // before taking the one writer
        return db.write("saving " + feedUrl, c -> ItemWriter.save(c, Feeds.ensure(c, feedUrl), prepared, etag,
                lastModified, at));
    }

    /**
     * Logs one request for a source (status 304 for not modified, 0 for no response) with its
     * bytes on the wire and decoded, and makes it the source's last fetch (status and error, null
     * when it went well). {@code url} is the URL actually fetched (null: the source's own).
     * Returns what a 304 saved: the wire size of the source's last full body (else 0).
     */
    public long recordFetch(String feedUrl, String url, int status, long wireBytes, long decodedBytes, String error,
                            Instant at) {
        return db.write("logging a fetch",
                c -> FetchLog.record(c, FetchLog.FEED, feedUrl, url, status, wireBytes, decodedBytes, error, at));
    }

    /**
     * How many of the source's latest fetches, in a row, ended with HTTP {@code status}: 0 when
     * the latest did not, at most {@code limit}. Tells a feed that keeps answering 410 Gone from
     * one that said so once.
     */
    public int fetchStreak(String feedUrl, int status, int limit) {
        return db.read("reading a feed's fetches", c -> FetchLog.streak(c, feedUrl, status, limit));
    }

    /**
     * Logs one request for an article page, for the byte ledger. {@code feedUrl} is the source the
     * article came from (or null); the source's own fetch state is left alone. Returns what a 304
     * saved: the wire size of the cached page (else 0).
     */
    public long recordArticleFetch(String feedUrl, String url, int status, long wireBytes, long decodedBytes,
                                   String error, Instant at) {
        return db.write("logging a fetch",
                c -> FetchLog.record(c, FetchLog.ARTICLE, feedUrl, url, status, wireBytes, decodedBytes, error, at));
    }

    /** When a source may next be fetched, its failures, update period and last full size. */
    public FeedSchedule schedule(String feedUrl) {
        return refreshState(feedUrl).schedule();
    }

    /**
     * Records when a source is next due (null: at once) and its run of failures. {@code updateEvery}
     * is the period the source announced in its last body (zero: none); null keeps the stored one,
     * as after a 304 or a failure.
     */
    public void setSchedule(String feedUrl, Instant nextDue, int failures, Duration updateEvery) {
        db.write("saving a feed's schedule", c -> {
            Schedules.put(c, feedUrl, nextDue, failures, updateEvery);
            return null;
        });
    }

    /**
     * What a refresh needs before fetching a source, in one read: {@link #feedState} and
     * {@link #schedule} together.
     */
    public RefreshState refreshState(String feedUrl) {
        return db.read("reading a feed's state", c -> Schedules.refreshState(c, feedUrl));
    }

    /**
     * {@link #refreshState} of each of {@code feedUrls}, read in one query: what a refresh needs
     * before it starts. Every URL asked for is a key.
     */
    public Map<String, RefreshState> refreshStates(Collection<String> feedUrls) {
        return db.read("reading the feeds' state", c -> Schedules.refreshStates(c, feedUrls));
    }

    /**
     * Before a refresh saves its sources' items: when the store holds no item yet (its first
     * refresh), drops the two indexes that every source's items are scattered over, so that each
     * source's transaction writes only its own rows; closing the returned handle builds them from
     * the rows saved, in one transaction. On a store with items it does nothing. Listings stay
     * correct meanwhile (they read the table instead, slower); if the process dies first, the next
     * {@link #open} builds them. A 500-source first refresh: 0.6 s less wall, 0.4 s less CPU.
     */
    public IndexBuild deferIndexesIfEmpty() {
        // a read first: the usual store has items, and then no write lock is taken
        boolean dropped = db.read("reading the items", ScatteredIndexes::noItems)
                && db.write("preparing the first refresh", c -> {
            if (!ScatteredIndexes.noItems(c)) return false;       // another process saved some since
            ScatteredIndexes.drop(c);
            return true;
        });
        return dropped ? () -> db.write(ScatteredIndexes.BUILDING, ScatteredIndexes::create) : () -> { };
    }

    /**
     * For a run of many write transactions, such as a refresh: copies the log into the database
     * on a thread of its own as the writes go on, instead of inside the one writer every so many
     * megabytes and all at once when the store closes. Closing the handle stops it.
     */
    public Checkpoints checkpointInBackground() {
        return db.checkpointer()::close;
    }

    /** What {@link #checkpointInBackground} started: closing it stops the background checkpoints. */
    public interface Checkpoints extends AutoCloseable {
        @Override
        void close();
    }

    /** What {@link #deferIndexesIfEmpty} leaves to do: closing it builds the indexes it dropped. */
    public interface IndexBuild extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Records one refresh of a source that brought a body, in one transaction: what
     * {@link #saveFeed}, {@link #recordFetch} and {@link #setSchedule} do one by one (a 2xx saves
     * nothing by being a 304, so there is no saving to return). {@code next} null leaves the
     * schedule alone.
     */
    public SaveResult saveRefresh(String feedUrl, ParsedFeed feed, String etag, String lastModified,
                                  FetchRecord fetch, NextFetch next, Instant at) {
        Objects.requireNonNull(feedUrl, "feedUrl");
        ItemWriter.Prepared prepared = ItemWriter.prepare(feed);   // before taking the one writer
        return db.write("saving " + feedUrl, c -> {
            long id = Feeds.ensure(c, feedUrl);
            SaveResult saved = ItemWriter.save(c, id, prepared, etag, lastModified, at);
            logAndSchedule(c, id, feedUrl, fetch, next, at);
            return saved;
        });
    }

    /**
     * Records one refresh of a source that brought no body (a 304, a failure, a body that would not
     * parse), in one transaction: what {@link #recordFetch} and {@link #setSchedule} do one by one.
     * {@code next} null leaves the schedule alone. Returns what a 304 saved, as {@link #recordFetch}.
     */
    public long recordRefresh(String feedUrl, FetchRecord fetch, NextFetch next, Instant at) {
        Objects.requireNonNull(feedUrl, "feedUrl");
        return db.write("logging a fetch", c -> logAndSchedule(c, Feeds.ensure(c, feedUrl), feedUrl, fetch, next, at));
    }

    /** The fetch log and schedule part of a refresh's transaction; returns what a 304 saved. */
    private static long logAndSchedule(Connection c, long id, String feedUrl, FetchRecord fetch, NextFetch next,
                                       Instant at) throws SQLException {
        long saved = FetchLog.recordFeed(c, id, feedUrl, fetch, at);
        if (next != null) Schedules.put(c, id, next.nextDue(), next.failures(), next.updateEvery());
        return saved;
    }

    /** Bytes and requests logged since the start of the UTC day {@code from}, of every kind. */
    public Traffic traffic(LocalDate from) {
        return db.read("summing the byte ledger", c -> Ledger.since(c, from, null));
    }

    /** Bytes and requests for article pages only, since the start of the UTC day {@code from}. */
    public Traffic articleTraffic(LocalDate from) {
        return db.read("summing the byte ledger", c -> Ledger.since(c, from, FetchLog.ARTICLE));
    }

    /** The {@code limit} sources that cost most wire bytes since the start of the UTC day {@code from}. */
    public List<FeedCost> costliestFeeds(LocalDate from, int limit) {
        return db.read("summing the byte ledger", c -> Ledger.costliest(c, from, limit));
    }

    /**
     * Items of configured sources matching the query, newest first (by published date, else when
     * first seen). {@link Headline#published()} is the feed's date, null when it gave none.
     */
    public List<Headline> headlines(HeadlineQuery query) {
        return db.read("listing headlines", c -> Headlines.list(c, query));
    }

    /** The item with this id, whether or not its source is still configured. */
    public Optional<Headline> item(long id) {
        return db.read("reading item " + id, c -> Headlines.byId(c, id));
    }

    /** The newest item linking to {@code link}. */
    public Optional<Headline> itemByLink(String link) {
        return db.read("looking up a link", c -> Headlines.byLink(c, link));
    }

    /** The feed-supplied body of an item. */
    public Optional<StoredContent> content(long id) {
        return db.read("reading item " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content_html, summary FROM items WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredContent(rs.getString(1), rs.getString(2)))
                            : Optional.<StoredContent>empty();
                }
            }
        });
    }

    /** Each configured section, in config order, with per-source counts and last fetch state. */
    public List<SectionSummary> sections(List<Section> configured) {
        return db.read("counting items", c -> Sections.summarize(c, configured));
    }

    /**
     * Applies a mark; returns the number of items changed. Sections and feeds (by configured name,
     * feed title or URL) are matched ignoring case and accents; they and "all" cover configured
     * sources only, while ids reach any item.
     */
    public int mark(MarkRequest request) {
        return db.write("marking items", c -> Marks.apply(c, request));
    }

    /** The cached extracted article of a URL, or empty (also when the cached copy cannot be read). */
    public Optional<Article> cachedArticle(String url) {
        return db.read("reading a cached article", c -> ArticleCache.get(c, url));
    }

    /** Caches an extracted article by its URL, replacing an older copy. */
    public void cacheArticle(Article article, Instant at) {
        cacheArticle(article, null, at);
    }

    /**
     * Caches an extracted article by its URL with the validators and wire size of the page it came
     * from ({@code page} may be null), replacing an older copy.
     */
    public void cacheArticle(Article article, CachedPage page, Instant at) {
        Objects.requireNonNull(article.url(), "article.url");
        db.write("caching an article", c -> {
            ArticleCache.put(c, article, page, at);
            return null;
        });
    }

    /** The validators and size of the cached page at {@code url}, or empty when none is cached. */
    public Optional<CachedPage> cachedPage(String url) {
        return db.read("reading a cached article", c -> ArticleCache.page(c, url));
    }

    /**
     * Drops read, unstarred items published (or first seen) before {@code now - keep}; returns how
     * many. Starred and unread items are never dropped, and a dropped item does not come back
     * while its feed still carries it.
     */
    public int prune(Duration keep, Instant now) {
        return db.write("pruning old items", c -> Pruner.prune(c, keep, now));
    }

    /** When the last refresh finished, or null. */
    public Instant lastRefresh() {
        String value = db.read("reading the last refresh time", c -> Meta.get(c, LAST_REFRESH));
        return value == null ? null : Instant.parse(value);
    }

    /** Records when a refresh finished. */
    public void setLastRefresh(Instant at) {
        db.write("saving the last refresh time", c -> {
            Meta.put(c, LAST_REFRESH, at == null ? null : at.toString());
            return null;
        });
    }

    /**
     * Runs SQLite's integrity check: "ok", or the problems found, one per line. Reads the whole
     * file, so it is for diagnostics and tests, not for every start.
     */
    public String integrityCheck() {
        return db.read("checking the store", c -> {
            StringBuilder out = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) out.append(out.length() > 0 ? "\n" : "").append(rs.getString(1));
            }
            return out.toString();
        });
    }

    /** Closes the connections; later calls fail with a StoreException. Idempotent. */
    @Override
    public void close() {
        db.close();
    }
}
