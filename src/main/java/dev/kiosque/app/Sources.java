package dev.kiosque.app;

import dev.kiosque.article.Extractor;
import dev.kiosque.config.Settings;
import dev.kiosque.feed.DiscoveredFeed;
import dev.kiosque.feed.Discovery;
import dev.kiosque.feed.FeedException;
import dev.kiosque.feed.FeedReader;
import dev.kiosque.feed.Html;
import dev.kiosque.feed.HtmlSource;
import dev.kiosque.model.Article;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.SourceKind;
import dev.kiosque.model.HtmlRule;
import dev.kiosque.model.Item;
import dev.kiosque.model.ParsedFeed;
import dev.kiosque.net.FetchRequest;
import dev.kiosque.net.FetchResult;
import dev.kiosque.net.Fetcher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases on sources that need no store: read a page, file or stdin as an article; preview,
 * check and discover feeds.
 */
public final class Sources implements AutoCloseable {

    /** Largest standard input we read for {@code kiosque read -}. */
    static final int STDIN_BYTES = 16 * 1024 * 1024;

    private final Settings settings;
    private final Map<String, String> env;
    private Fetcher fetcher;

    public Sources(Settings settings, Map<String, String> env) {
        this.settings = settings;
        this.env = Map.copyOf(env);
    }

    /** Reads a page at an http(s) URL, a local file, or stdin ({@code -}) as an article. */
    public ArticleResult read(String target, InputStream stdin) throws SourceException {
        if (target.equals("-")) {
            try {
                byte[] bytes = stdin.readNBytes(STDIN_BYTES);
                return new ArticleResult(null, Extractor.extract(bytes, null, null), ArticleResult.Origin.FILE, null);
            } catch (IOException e) {
                throw new SourceException("cannot read standard input: " + e.getMessage());
            }
        }
        FetchResult.Ok ok = fetch(target, settings.articleBytes());
        Article article = Extractor.extract(ok.body(), ok.url(), ok.charset());
        boolean local = !ok.url().startsWith("http");
        String note = ok.truncated() ? "The page was larger than article-bytes and was cut." : null;
        return new ArticleResult(null, article, local ? ArticleResult.Origin.FILE : ArticleResult.Origin.FETCHED, note);
    }

    /** Parses a feed at a URL or path without storing it. */
    public FeedPreview preview(String source) throws SourceException {
        FetchResult.Ok ok = fetch(source, Refresher.FEED_BYTES);
        try {
            ParsedFeed feed = FeedReader.read(ok.body(), ok.url(), ok.charset());
            List<String> content = new ArrayList<>();
            for (Item item : feed.items()) {
                content.add(item.contentHtml() == null ? null : Html.toPlainText(item.contentHtml()));
            }
            return new FeedPreview(ok.url(), feed, content);
        } catch (FeedException e) {
            throw new SourceException(source + ": " + e.getMessage());
        }
    }

    /**
     * The feeds a site offers: those its page declares, else those at the usual paths, else a
     * {@code type: html} entry built from the page's repeated article links.
     */
    public List<Discovered> discover(String url) throws SourceException {
        FetchResult.Ok page = fetch(url, settings.articleBytes());
        if (Discovery.looksLikeFeed(page.body())) {
            return List.of(new Discovered(page.url(), titleOf(page), "feed", "is a feed", null, null, null, null));
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Discovered> found = new ArrayList<>();
        for (DiscoveredFeed f : Discovery.declared(page.body(), page.url(), page.charset())) {
            if (seen.add(f.url())) found.add(new Discovered(f.url(), f.title(), f.type(), "declared", null, null, null, null));
        }
        if (!found.isEmpty()) return found;
        boolean web = page.url().startsWith("http://") || page.url().startsWith("https://");
        for (String path : web ? Discovery.USUAL_PATHS : List.<String>of()) {
            String candidate = URI.create(page.url()).resolve(path).toString();
            if (!seen.add(candidate)) continue;
            FetchResult r = fetcher().fetch(FetchRequest.of(candidate, Refresher.FEED_BYTES));
            if (r instanceof FetchResult.Ok ok && Discovery.looksLikeFeed(ok.body())) {
                found.add(new Discovered(ok.url(), titleOf(ok), "feed", "found at " + path, null, null, null, null));
            }
        }
        if (!found.isEmpty()) return found;
        Optional<HtmlRule> rule = HtmlSource.suggest(page.body(), page.url(), page.charset());
        rule.ifPresent(r -> found.add(new Discovered(page.url(), null, "html", "article links on the page",
                r.select(), r.title(), r.date(), r.summary())));
        return found;
    }

    /** Fetches and parses one configured source without storing anything. Never throws. */
    public CheckResult check(FeedRef feed) {
        try {
            FetchResult.Ok ok = fetch(feed.url(), Refresher.FEED_BYTES);
            ParsedFeed parsed = feed.kind() == SourceKind.HTML
                    ? HtmlSource.read(ok.body(), ok.url(), ok.charset(), feed.html())
                    : FeedReader.read(ok.body(), ok.url(), ok.charset());
            String message = parsed.complete() ? null : "damaged document; the complete items were kept";
            return new CheckResult(feed, true, parsed.format(), parsed.items().size(), message);
        } catch (SourceException | FeedException e) {
            return new CheckResult(feed, false, null, 0, e.getMessage());
        } catch (RuntimeException e) {
            return new CheckResult(feed, false, null, 0, "internal error: " + e);
        }
    }

    private static String titleOf(FetchResult.Ok ok) {
        try {
            ParsedFeed f = FeedReader.read(ok.body(), ok.url(), ok.charset());
            return f.meta() == null ? null : f.meta().title();
        } catch (FeedException e) {
            return null;
        }
    }

    /** Fetches a URL or a path; anything but a body is a {@link SourceException}. */
    FetchResult.Ok fetch(String target, long maxBytes) throws SourceException {
        FetchResult r = fetcher().fetch(FetchRequest.of(target, maxBytes));
        if (r instanceof FetchResult.Ok ok) return ok;
        if (r instanceof FetchResult.Failed f) throw new SourceException(target + ": " + f.reason());
        throw new SourceException(target + ": unexpected 304 Not Modified");
    }

    private synchronized Fetcher fetcher() {
        if (fetcher == null) fetcher = Fetchers.create(settings, env);
        return fetcher;
    }

    @Override
    public synchronized void close() {
        if (fetcher != null) fetcher.close();
    }
}
