package dev.kiosque.tui;

import dev.kiosque.app.ArticleResult;
import dev.kiosque.app.ArticleUnavailableException;
import dev.kiosque.app.FeedOutcome;
import dev.kiosque.app.RefreshListener;
import dev.kiosque.app.RefreshReport;
import dev.kiosque.app.RefreshRequest;
import dev.kiosque.config.Settings;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.MarkRequest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the views ask of the library: opening, marking, refreshing, searching and handing a URL to
 * the browser. Reads and marks are quick store calls made on the UI thread; {@code open} and
 * {@code refresh} may use the network, so they run on a worker and post their results back.
 */
final class Actions {

    private final Ui ui;
    private final Browser.Launcher launcher;
    private boolean refreshing;

    Actions(Ui ui, Browser.Launcher launcher) {
        this.ui = ui;
        this.launcher = launcher;
    }

    /** Marks the headline read and shows its article, loading it in the background. */
    void open(Headline headline) {
        if (headline == null) return;
        Headline read = headline;
        if (!headline.read()) {
            read = headline.withRead(true);
            ui.library.mark(MarkRequest.items(MarkRequest.Op.READ, List.of(headline.id())));
            changed(read);
        }
        ArticleView view = new ArticleView(ui, read);
        ui.push(view);
        long id = headline.id();
        boolean offline = ui.options.offline();
        work(() -> {
            try {
                ArticleResult result = ui.library.open(id, offline);
                ui.later(() -> view.loaded(result));
            } catch (ArticleUnavailableException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.later(() -> unavailable(view, why));
            }
        });
    }

    private void unavailable(ArticleView view, String why) {
        if (view.isCancelled() || !ui.isShowing(view)) return;   // the reader already went back
        ui.remove(view);
        ui.status().error(Messages.UNAVAILABLE.format(ui.locale, why));
    }

    void toggleRead(Headline h) {
        if (h == null) return;
        MarkRequest.Op op = h.read() ? MarkRequest.Op.UNREAD : MarkRequest.Op.READ;
        ui.library.mark(MarkRequest.items(op, List.of(h.id())));
        changed(h.withRead(!h.read()));
    }

    void toggleStar(Headline h) {
        if (h == null) return;
        MarkRequest.Op op = h.starred() ? MarkRequest.Op.UNSTAR : MarkRequest.Op.STAR;
        ui.library.mark(MarkRequest.items(op, List.of(h.id())));
        changed(h.withStarred(!h.starred()));
    }

    void markSectionRead(String section) {
        ui.library.mark(MarkRequest.section(MarkRequest.Op.READ, section));
        reloadAll();
        ui.status().message(Messages.SECTION_READ.format(ui.locale, section));
    }

    /** Tells every view about a new state of one item. */
    private void changed(Headline h) {
        for (View v : ui.views()) {
            if (v instanceof HeadlineHolder holder) holder.itemChanged(h);
        }
        ui.browse().reloadCounts();
    }

    void reloadAll() {
        for (View v : ui.views()) v.reload();
    }

    /** Starts a background refresh unless offline or one is already running. */
    void refresh(RefreshRequest request) {
        if (ui.options.offline()) {
            ui.status().error(Messages.OFFLINE.format(ui.locale));
            return;
        }
        if (refreshing) {
            ui.status().message(Messages.REFRESH_BUSY.format(ui.locale));
            return;
        }
        refreshing = true;
        ui.status().progressStarted(0);
        AtomicInteger done = new AtomicInteger();
        RefreshListener listener = new RefreshListener() {
            @Override
            public void started(int total) {
                ui.later(() -> ui.status().progressStarted(total));
            }

            @Override
            public void feedDone(FeedOutcome outcome) {
                int count = done.incrementAndGet();
                ui.later(() -> ui.status().progressDone(count));
            }
        };
        work(() -> {
            try {
                RefreshReport report = ui.library.refresh(request, listener);
                ui.later(() -> refreshed(report, null));
            } catch (RuntimeException e) {
                ui.later(() -> refreshed(null, String.valueOf(e.getMessage())));
            }
        });
    }

    private void refreshed(RefreshReport report, String error) {
        refreshing = false;
        ui.status().progressEnded();
        if (report == null) {
            ui.status().error(Messages.REFRESH_FAILED.format(ui.locale, error));
        } else {
            long failed = report.count(FeedOutcome.Status.FAILED);
            ui.status().message(failed == 0 ? Messages.REFRESHED.format(ui.locale, report.added())
                    : Messages.REFRESHED_FAILED.format(ui.locale, report.added(), failed));
        }
        reloadAll();
    }

    boolean isRefreshing() {
        return refreshing;
    }

    void startSearch() {
        ui.openPrompt(new Prompt(Messages.SEARCH_PROMPT.format(ui.locale), this::search));
    }

    private void search(String words) {
        if (words.isEmpty()) return;
        HeadlineQuery query = HeadlineQuery.all().withSearch(words).withDetail(HeadlineQuery.Detail.NO_SUMMARY);
        List<Headline> found = ui.library.headlines(query);
        if (found.isEmpty()) {
            ui.status().message(Messages.NO_MATCH.format(ui.locale, words));
            return;
        }
        ui.push(new ResultsView(ui, query, found, n -> Messages.SEARCH_TITLE.format(ui.locale, words, n)));
    }

    void showStarred() {
        HeadlineQuery query = HeadlineQuery.all().withStarredOnly(true).withDetail(HeadlineQuery.Detail.NO_SUMMARY);
        List<Headline> found = ui.library.headlines(query);
        if (found.isEmpty()) {
            ui.status().message(Messages.NO_STARRED.format(ui.locale));
            return;
        }
        ui.push(new ResultsView(ui, query, found, n -> Messages.STARRED_TITLE.format(ui.locale, n)));
    }

    /**
     * Hands an http(s) URL to the browser: leave the screen, run the command (never through a
     * shell) and wait for it, then take the screen back, repaint it whole and drop keys typed meanwhile.
     */
    void browse(Headline headline) {
        if (headline == null) return;
        browse(linkOf(headline));
    }

    /**
     * The link of {@code headline}, read from the store when the list was loaded without it (lists
     * read titles only, which the store's listing index holds: issue 6).
     */
    String linkOf(Headline headline) {
        if (headline.link() != null) return headline.link();
        return ui.library.item(headline.id()).map(Headline::link).orElse(null);
    }

    void browse(String url) {
        if (!Browser.isWebUrl(url)) {
            ui.status().error(Messages.NOT_WEB.format(ui.locale, url == null ? "" : url));
            return;
        }
        Settings settings = ui.library.config().settings();
        List<String> command = Browser.command(ui.options.env().get("BROWSER"),
                settings == null ? null : settings.browser(), url.trim());
        ui.beforeExternalProgram();
        try {
            ui.screen().stopScreen();
            launcher.run(command);
        } catch (IOException e) {
            ui.status().error(Messages.BROWSER_FAILED.format(ui.locale, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                ui.screen().startScreen();
            } catch (IOException e) {
                ui.status().error(Messages.BROWSER_FAILED.format(ui.locale, e.getMessage()));
            }
            ui.afterExternalProgram();
        }
    }

    private void work(Runnable job) {
        try {
            ui.workers.execute(job);
        } catch (RejectedExecutionException e) {
            // Shutting down: nothing will show the result anyway.
        }
    }
}
