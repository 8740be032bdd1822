package dev.kiosque.tui;

import dev.kiosque.app.ArticleResult;
import dev.kiosque.app.ArticleUnavailableException;
import dev.kiosque.app.FeedOutcome;
import dev.kiosque.app.Library;
import dev.kiosque.app.RefreshListener;
import dev.kiosque.app.RefreshReport;
import dev.kiosque.app.RefreshRequest;
import dev.kiosque.config.Config;
import dev.kiosque.config.KeyBinding;
import dev.kiosque.config.Settings;
import dev.kiosque.model.Article;
import dev.kiosque.model.Block;
import dev.kiosque.model.FeedRef;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.MarkRequest;
import dev.kiosque.model.Section;
import dev.kiosque.model.SectionSummary;
import dev.kiosque.text.Fold;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** An in-memory Library for the headless UI tests; it records what the UI asked of it. */
final class FakeLibrary implements Library {

    static final Instant NOON = Instant.parse("2025-02-07T12:00:00Z");

    final Map<String, List<Headline>> sections = new LinkedHashMap<>();
    final List<MarkRequest> marks = new ArrayList<>();
    final List<RefreshRequest> refreshes = new ArrayList<>();
    final List<Long> opened = new ArrayList<>();
    List<KeyBinding> keys = List.of();
    Settings settings = Settings.DEFAULTS;
    Instant lastRefresh = NOON;
    int queries;
    /** What open() does; by default an article whose body is the headline's summary. */
    Function<Headline, ArticleResult> articles = h -> new ArticleResult(h, article(h), ArticleResult.Origin.CACHE, null);
    String unavailable;
    /** Run inside refresh() after started() (e.g. to add items). */
    Runnable duringRefresh = () -> { };

    private long nextId = 1;

    /** Adds a section whose items have the given titles, newest first, published an hour apart. */
    FakeLibrary section(String name, String... titles) {
        List<Headline> list = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) list.add(headline(name, titles[i], NOON.minus(Duration.ofHours(i))));
        sections.put(name, list);
        return this;
    }

    Headline headline(String section, String title, Instant published) {
        long id = nextId++;
        return new Headline(id, section, section + " Feed", title, "https://example.org/" + id, null,
                published, "summary of " + title, List.of(), false, false);
    }

    static Article article(Headline h) {
        return new Article(h.link(), h.title(), null, h.published(), "example.org", h.section(), "en",
                List.of(Block.of(Block.Kind.PARAGRAPH, "Body of " + h.title())),
                List.of("https://example.org/a", "https://example.org/b"));
    }

    Headline find(long id) {
        return sections.values().stream().flatMap(List::stream).filter(h -> h.id() == id).findFirst().orElseThrow();
    }

    @Override
    public Config config() {
        List<Section> list = sections.keySet().stream()
                .map(n -> new Section(n, List.of(FeedRef.feed("https://example.org/" + n, n + " Feed", n)))).toList();
        return new Config(Path.of("feeds.yaml"), list, settings, keys);
    }

    @Override
    public List<SectionSummary> sections() {
        return sections.entrySet().stream().map(e -> new SectionSummary(e.getKey(), List.of(), e.getValue().size(),
                (int) e.getValue().stream().filter(h -> !h.read()).count())).toList();
    }

    @Override
    public Optional<Headline> item(long id) {
        for (List<Headline> list : sections.values()) {
            for (Headline h : list) {
                if (h.id() == id) return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Headline> headlines(HeadlineQuery query) {
        queries++;
        List<Headline> out = new ArrayList<>();
        for (Map.Entry<String, List<Headline>> e : sections.entrySet()) {
            if (!query.sections().isEmpty() && !query.sections().contains(e.getKey())) continue;
            for (Headline h : e.getValue()) {
                if (query.starredOnly() && !h.starred()) continue;
                if (query.search() != null && !matches(h, query.search())) continue;
                // as the store does: titles only leaves out the link, author, summary and categories
                out.add(query.detail() != HeadlineQuery.Detail.TITLES ? h : new Headline(h.id(), h.section(), h.feed(),
                        h.title(), null, null, h.published(), null, List.of(), h.read(), h.starred()));
            }
        }
        return out;
    }

    private static boolean matches(Headline h, String search) {
        String text = Fold.of(h.title() + " " + h.summary());
        return Arrays.stream(Fold.of(search).split("\\s+")).allMatch(text::contains);
    }

    @Override
    public int mark(MarkRequest request) {
        marks.add(request);
        for (List<Headline> list : sections.values()) {
            for (int i = 0; i < list.size(); i++) {
                Headline h = list.get(i);
                boolean hit = request.ids().contains(h.id()) || h.section().equals(request.section());
                if (!hit) continue;
                list.set(i, switch (request.op()) {
                    case READ -> h.withRead(true);
                    case UNREAD -> h.withRead(false);
                    case STAR -> h.withStarred(true);
                    case UNSTAR -> h.withStarred(false);
                });
            }
        }
        return 1;
    }

    @Override
    public ArticleResult open(long itemId, boolean offline) throws ArticleUnavailableException {
        opened.add(itemId);
        if (unavailable != null) throw new ArticleUnavailableException(unavailable);
        return articles.apply(find(itemId));
    }

    @Override
    public RefreshReport refresh(RefreshRequest request, RefreshListener listener) {
        refreshes.add(request);
        int total = 3;
        listener.started(total);
        duringRefresh.run();
        List<FeedOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            FeedOutcome o = new FeedOutcome(FeedRef.feed("https://example.org/" + i, null, "S"), "feed " + i,
                    FeedOutcome.Status.OK, 1, 0, 100, null, Duration.ZERO);
            outcomes.add(o);
            listener.feedDone(o);
        }
        return new RefreshReport(outcomes, Duration.ofSeconds(1));
    }

    @Override
    public Instant lastRefresh() {
        return lastRefresh;
    }

    @Override
    public void close() {
    }
}
