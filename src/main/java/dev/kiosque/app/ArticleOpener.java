package dev.kiosque.app;

import dev.kiosque.article.Extractor;
import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Headline;
import dev.kiosque.net.FetchRequest;
import dev.kiosque.net.FetchResult;
import dev.kiosque.net.Fetcher;
import dev.kiosque.store.CachedPage;
import dev.kiosque.store.Store;
import dev.kiosque.store.StoredContent;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The "open an article" use case, cheapest source first: the article cache, then the feed's own
 * full content, then the page (fetched once, extracted, cached by URL with its validators). When
 * all of that gives too little, the feed's summary is shown with a note, never an empty page.
 * A page is never downloaded twice: even an extraction that gave too little is cached.
 */
final class ArticleOpener {

    /** Feed content with at least this many words is taken as the full article (no download). */
    static final int FULL_CONTENT_WORDS = 150;
    /** An extraction with fewer words than this is "too little": the summary is shown instead. */
    static final int TOO_LITTLE_WORDS = 40;
    private static final String TOO_LITTLE = "The page gave too little text; showing the feed's summary. Link: ";

    private final Store store;
    private final Supplier<Fetcher> fetcher;
    private final long articleBytes;
    private final Clock clock;
    private final RunLedger ledger;

    ArticleOpener(Store store, Supplier<Fetcher> fetcher, long articleBytes, Clock clock, RunLedger ledger) {
        this.store = store;
        this.fetcher = fetcher;
        this.articleBytes = articleBytes;
        this.clock = clock;
        this.ledger = ledger;
    }

    ArticleOpener(Store store, Supplier<Fetcher> fetcher, long articleBytes, Clock clock) {
        this(store, fetcher, articleBytes, clock, new RunLedger(store, clock));
    }

    ArticleResult open(long itemId, boolean offline) throws ArticleUnavailableException {
        Headline item = item(itemId);
        Optional<ArticleResult> local = local(item, offline);
        if (local.isPresent()) return local.get();
        return fetch(item, articleBytes);
    }

    Headline item(long itemId) throws ArticleUnavailableException {
        return store.item(itemId).orElseThrow(() ->
                new ArticleUnavailableException("no item with id " + itemId + " (ids come from 'kiosque headlines')"));
    }

    /**
     * The article without downloading: from the cache, the feed's full content, or (offline) the
     * summary. Empty when only a download can give it.
     */
    Optional<ArticleResult> local(Headline item, boolean offline) throws ArticleUnavailableException {
        StoredContent content = store.content(item.id()).orElse(new StoredContent(null, item.summary()));
        if (item.link() != null) {
            Optional<Article> cached = store.cachedArticle(item.link());
            if (cached.isPresent()) {
                if (cached.get().words() < TOO_LITTLE_WORDS && hasText(content)) {
                    return Optional.of(summary(item, content, TOO_LITTLE + item.link()));
                }
                return Optional.of(new ArticleResult(item, withItem(cached.get(), item), ArticleResult.Origin.CACHE, null));
            }
        }
        if (content.contentHtml() != null) {
            Article fromFeed = Extractor.extract(content.contentHtml(), item.link());
            if (fromFeed.words() >= FULL_CONTENT_WORDS || item.link() == null) {
                return Optional.of(new ArticleResult(item, withItem(fromFeed, item), ArticleResult.Origin.FEED, null));
            }
        }
        if (item.link() == null) return Optional.of(summary(item, content, "This item has no link; showing the feed's text."));
        if (offline) {
            if (hasText(content)) {
                return Optional.of(summary(item, content, "Offline, and this article was never fetched: showing the feed's summary."));
            }
            throw new ArticleUnavailableException("offline, and '" + item.title() + "' was never fetched; "
                    + "run 'kiosque refresh --articles' when online to keep articles for offline reading");
        }
        return Optional.empty();
    }

    /**
     * Downloads the item's page (at most {@code maxBytes}, HTML only), extracts it and caches the
     * extraction with the page's validators. A page cached before is asked for conditionally.
     */
    ArticleResult fetch(Headline item, long maxBytes) throws ArticleUnavailableException {
        return fetch(item, maxBytes, wire -> { });
    }

    /** As {@link #fetch(Headline, long)}, telling {@code spent} the wire bytes of each request made. */
    ArticleResult fetch(Headline item, long maxBytes, LongConsumer spent) throws ArticleUnavailableException {
        return fetch(item, maxBytes, true, spent);
    }

    private ArticleResult fetch(Headline item, long maxBytes, boolean conditional, LongConsumer spent)
            throws ArticleUnavailableException {
        StoredContent content = store.content(item.id()).orElse(new StoredContent(null, item.summary()));
        Optional<CachedPage> known = conditional ? store.cachedPage(item.link()) : Optional.empty();
        FetchResult result = fetcher.get().fetch(new FetchRequest(item.link(), known.map(CachedPage::etag).orElse(null),
                known.map(CachedPage::lastModified).orElse(null), Math.min(maxBytes, articleBytes)));
        spent.accept(result.wireBytes());
        String problem;
        if (result instanceof FetchResult.Ok ok && isPage(ok.contentType())) {
            // Cached under the item's link, which is what the next open looks up (the page may have redirected).
            Article page = withItem(extractAndCache(ok, item.link()), item);
            if (page.words() >= TOO_LITTLE_WORDS || !hasText(content)) {
                return new ArticleResult(item, page, ArticleResult.Origin.FETCHED, null);
            }
            return summary(item, content, TOO_LITTLE + item.link());
        } else if (result instanceof FetchResult.Ok ok) {
            problem = "not a web page (" + ok.contentType() + ")";
            ledger.article(null, ok.url(), ok.status(), ok.wireBytes(), ok.decodedBytes(), problem);
        } else if (result instanceof FetchResult.NotModified nm) {
            ledger.article(null, nm.url(), 304, nm.wireBytes(), 0, null);
            // Only when the cached copy could not be read back: nothing to show, so ask again in full.
            if (conditional) return fetch(item, maxBytes, false, spent);
            problem = "the server answered 304 to an unconditional request";
        } else {
            FetchResult.Failed f = (FetchResult.Failed) result;
            problem = f.reason();
            ledger.article(null, f.url(), f.status(), f.wireBytes(), 0, problem);
        }
        if (hasText(content)) return summary(item, content, "Could not fetch the article (" + problem + "); showing the feed's summary.");
        throw new ArticleUnavailableException("could not fetch " + item.link() + ": " + problem);
    }

    /**
     * A page by its URL, not through an item: a cached copy is revalidated with a conditional GET
     * (a 304 costs headers only), a new one is fetched, extracted and cached with its validators.
     * When the check fails, the cached copy is shown with a note.
     */
    ArticleResult openUrl(String url) throws ArticleUnavailableException {
        Optional<Article> cached = store.cachedArticle(url);
        Optional<CachedPage> known = cached.isPresent() ? store.cachedPage(url) : Optional.empty();
        FetchResult result = fetcher.get().fetch(new FetchRequest(url, known.map(CachedPage::etag).orElse(null),
                known.map(CachedPage::lastModified).orElse(null), articleBytes));
        if (result instanceof FetchResult.NotModified nm && cached.isPresent()) {
            ledger.article(null, nm.url(), 304, nm.wireBytes(), 0, null);
            return new ArticleResult(null, cached.get(), ArticleResult.Origin.CACHE, null);
        }
        if (result instanceof FetchResult.Ok ok && isPage(ok.contentType())) {
            Article page = extractAndCache(ok, url);
            String note = ok.truncated() ? "The page was larger than article-bytes and was cut." : null;
            return new ArticleResult(null, page, ArticleResult.Origin.FETCHED, note);
        }
        String problem = result instanceof FetchResult.Failed f ? f.reason()
                : result instanceof FetchResult.Ok ok ? "not a web page (" + ok.contentType() + ")"
                : "the server answered 304 to an unconditional request";
        ledger.article(null, result.url(), result instanceof FetchResult.Failed f ? f.status() : 0,
                result.wireBytes(), 0, problem);
        if (cached.isPresent()) {
            return new ArticleResult(null, cached.get(), ArticleResult.Origin.CACHE,
                    "Could not check for a newer copy (" + problem + "); showing the one kept.");
        }
        throw new ArticleUnavailableException("could not fetch " + url + ": " + problem);
    }

    /**
     * Logs a fetched page, extracts it and caches the extraction under {@code key} with the page's
     * validators (none when the body was cut: a conditional GET must not confirm half a page).
     */
    private Article extractAndCache(FetchResult.Ok ok, String key) {
        ledger.article(null, ok.url(), ok.status(), ok.wireBytes(), ok.decodedBytes(), null);
        Article page = Extractor.extract(ok.body(), ok.url(), ok.charset());
        Article keyed = new Article(key, page.title(), page.byline(), page.published(), page.site(),
                page.section(), page.lang(), page.blocks(), page.links());
        CachedPage validators = ok.truncated() ? null
                : new CachedPage(ok.etag(), ok.lastModified(), ok.wireBytes(), clock.instant());
        store.cacheArticle(keyed, validators, clock.instant());
        return page;
    }

    /** Only HTML (or an unlabelled body) is extracted: never images, PDFs, scripts or styles. */
    static boolean isPage(String contentType) {
        if (contentType == null || contentType.isBlank()) return true;
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("html") || type.startsWith("text/plain");
    }

    private static boolean hasText(StoredContent content) {
        return (content.summary() != null && !content.summary().isBlank()) || content.contentHtml() != null;
    }

    private ArticleResult summary(Headline item, StoredContent content, String note) {
        Article article = content.contentHtml() != null
                ? Extractor.extract(content.contentHtml(), item.link())
                : new Article(item.link(), null, null, null, null, null, null,
                        content.summary() == null ? List.of() : List.of(Block.of(Block.Kind.PARAGRAPH, content.summary())), List.of());
        return new ArticleResult(item, withItem(article, item), ArticleResult.Origin.SUMMARY, note);
    }

    /** Fills what the page did not say from what the feed said. */
    static Article withItem(Article a, Headline item) {
        return new Article(
                a.url() != null ? a.url() : item.link(),
                blank(a.title()) ? item.title() : a.title(),
                blank(a.byline()) ? item.author() : a.byline(),
                a.published() != null ? a.published() : item.published(),
                blank(a.site()) ? item.feed() : a.site(),
                blank(a.section()) ? item.section() : a.section(),
                a.lang(), a.blocks(), a.links());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
