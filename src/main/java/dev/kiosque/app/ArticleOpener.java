package dev.kiosque.app;

import dev.kiosque.article.Extractor;
import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.Headline;
import dev.kiosque.net.FetchRequest;
import dev.kiosque.net.FetchResult;
import dev.kiosque.net.Fetcher;
import dev.kiosque.store.Store;
import dev.kiosque.store.StoredContent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "open an article" use case, cheapest source first: the article cache, then the feed's own
 * full content, then the page (fetched once, extracted, cached). When all of that gives too
 * little, the feed's summary is shown with a note, never an empty page.
 */
final class ArticleOpener {

    /** Feed content with at least this many words is taken as the full article (no download). */
    static final int FULL_CONTENT_WORDS = 150;
    /** An extraction with fewer words than this is "too little": the summary is shown instead. */
    static final int TOO_LITTLE_WORDS = 40;

    private final Store store;
    private final Supplier<Fetcher> fetcher;
    private final long articleBytes;
    private final Clock clock;

    ArticleOpener(Store store, Supplier<Fetcher> fetcher, long articleBytes, Clock clock) {
        this.store = store;
        this.fetcher = fetcher;
        this.articleBytes = articleBytes;
        this.clock = clock;
    }

    ArticleResult open(long itemId, boolean offline) throws ArticleUnavailableException {
        Headline item = store.item(itemId).orElseThrow(() ->
                new ArticleUnavailableException("no item with id " + itemId + " (ids come from 'kiosque headlines')"));
        if (item.link() != null) {
            Optional<Article> cached = store.cachedArticle(item.link());
            if (cached.isPresent()) return new ArticleResult(item, withItem(cached.get(), item), ArticleResult.Origin.CACHE, null);
        }
        StoredContent content = store.content(itemId).orElse(new StoredContent(null, item.summary()));
        if (content.contentHtml() != null) {
            Article fromFeed = Extractor.extract(content.contentHtml(), item.link());
            if (fromFeed.words() >= FULL_CONTENT_WORDS || item.link() == null) {
                return new ArticleResult(item, withItem(fromFeed, item), ArticleResult.Origin.FEED, null);
            }
        }
        if (item.link() == null) return summary(item, content, "This item has no link; showing the feed's text.");
        if (offline) {
            if (hasText(content)) return summary(item, content, "Offline, and this article was never fetched: showing the feed's summary.");
            throw new ArticleUnavailableException("offline, and '" + item.title() + "' was never fetched; "
                    + "run 'kiosque refresh --articles' when online to keep articles for offline reading");
        }
        FetchResult result = fetcher.get().fetch(FetchRequest.of(item.link(), articleBytes));
        if (result instanceof FetchResult.Ok ok) {
            store.recordArticleFetch(null, ok.url(), ok.status(), ok.wireBytes(), ok.decodedBytes(), null, clock.instant());
            Article page = withItem(Extractor.extract(ok.body(), ok.url(), ok.charset()), item);
            if (page.words() >= TOO_LITTLE_WORDS || !hasText(content)) {
                store.cacheArticle(page, clock.instant());
                return new ArticleResult(item, page, ArticleResult.Origin.FETCHED, null);
            }
            return summary(item, content, "The page gave too little text; showing the feed's summary. Link: " + item.link());
        }
        String reason = result instanceof FetchResult.Failed f ? f.reason() : "unexpected answer";
        store.recordArticleFetch(null, result.url(), result instanceof FetchResult.Failed f ? f.status() : 0, result.wireBytes(), 0, reason, clock.instant());
        if (hasText(content)) return summary(item, content, "Could not fetch the article (" + reason + "); showing the feed's summary.");
        throw new ArticleUnavailableException("could not fetch " + item.link() + ": " + reason);
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
