package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.kiosque.app.ArticleResult;
import dev.kiosque.model.Article;
import dev.kiosque.model.Headline;
import dev.kiosque.render.Line;
import dev.kiosque.render.Renderer;
import dev.kiosque.text.PlainText;
import dev.kiosque.text.Wrapper;
import dev.kiosque.tui.Theme.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * One article, laid out by the renderer for the current width (again only when the width
 * changes) and scrolled by a {@link Pager}. Until the worker posts the article it shows a loading
 * line; going back cancels, and a result arriving later is ignored.
 */
final class ArticleView implements View, HeadlineHolder {

    /** Long lines are hard to read: the text never gets wider than this. */
    static final int MAX_TEXT_COLUMNS = 100;
    private static final int MARGIN = 1;

    private final Ui ui;
    private Headline headline;
    private ArticleResult result;
    private boolean cancelled;
    private List<Line> lines = List.of();
    private int laidOutWidth = -1;
    private Pager pager = new Pager(0, 1, 0);

    ArticleView(Ui ui, Headline headline) {
        this.ui = ui;
        this.headline = headline;
    }

    /** The worker's result, on the UI thread. */
    void loaded(ArticleResult value) {
        if (cancelled) return;
        result = value;
        laidOutWidth = -1;
        if (value.note() != null) ui.status().message(value.note());
    }

    boolean isCancelled() {
        return cancelled;
    }

    boolean isLoading() {
        return result == null;
    }

    Article article() {
        return result == null ? null : result.article();
    }

    @Override
    public ViewKind kind() {
        return ViewKind.ARTICLE;
    }

    @Override
    public String title() {
        String where = headline == null ? "" : headline.section() + " · " + headline.feed() + " · ";
        if (result == null) return where + Messages.LOADING.format(ui.locale);
        return where + pager.position(ui.locale);
    }

    @Override
    public void draw(Canvas canvas, int top, int height) {
        int width = Math.min(MAX_TEXT_COLUMNS, canvas.width() - 2 * MARGIN);
        if (result == null) {
            canvas.put(MARGIN, top, width, headline == null ? "" : headline.title(), Role.ART_TITLE);
            canvas.put(MARGIN, top + 2, width, Messages.LOADING.format(ui.locale), Role.NOTE);
            return;
        }
        if (width != laidOutWidth) {
            lines = layout(result.article(), width);
            laidOutWidth = width;
        }
        pager = pager.withSize(lines.size()).withHeight(height);
        for (int row = 0; row < height && pager.top() + row < lines.size(); row++) {
            Line line = lines.get(pager.top() + row);
            canvas.putLaidOut(MARGIN, top + row, width, line.text(), Theme.roleOf(line.style()));
        }
    }

    /**
     * The renderer's lines; should it fail on some odd article, the title and the wrapped body
     * text with the error in the status line, rather than the whole reader going down.
     */
    private List<Line> layout(Article article, int width) {
        try {
            return Renderer.layout(article, width, ui.locale);
        } catch (RuntimeException e) {
            if (ui.status().message() == null) ui.status().error(String.valueOf(e.getMessage()));
            List<Line> plain = new ArrayList<>();
            plain.add(new Line(article.title() == null ? "" : article.title(), Line.Style.TITLE));
            plain.add(Line.BLANK);
            for (String line : Wrapper.wrap(PlainText.sanitize(article.text()), width)) {
                plain.add(new Line(line, Line.Style.BODY));
            }
            return plain;
        }
    }

    @Override
    public void handle(Action action, KeyStroke key) {
        Pager moved = pager.on(action);
        if (moved != null) {
            pager = moved;
            return;
        }
        switch (action) {
            case BACK -> {
                cancelled = true;
                ui.pop();
            }
            case BROWSER -> ui.actions().browse(url());
            case LINKS_LIST -> {
                if (article() != null) ui.push(new LinksView(ui, article().links()));
            }
            case OPEN_LINK -> openLink(key);
            case TOGGLE_READ -> ui.actions().toggleRead(headline);
            case TOGGLE_STAR -> ui.actions().toggleStar(headline);
            case NEXT_UNREAD, PREV_UNREAD -> nextUnread(action == Action.NEXT_UNREAD ? 1 : -1);
            default -> { }
        }
    }

    private String url() {
        if (article() != null && article().url() != null) return article().url();
        return headline == null ? null : ui.actions().linkOf(headline);
    }

    private void openLink(KeyStroke key) {
        if (article() == null || key.getKeyType() != KeyType.Character) return;
        LinksView.openNumbered(ui, article().links(), key.getCharacter());
    }

    /** Goes back to the list this article came from and opens its next unread item. */
    private void nextUnread(int direction) {
        cancelled = true;
        ui.pop();
        if (ui.top() instanceof HeadlineHolder holder && holder.selectUnread(direction)) {
            ui.actions().open(holder.selectedHeadline());
        } else {
            ui.status().message(Messages.NO_UNREAD.format(ui.locale));
        }
    }

    @Override
    public boolean selectUnread(int direction) {
        return false;
    }

    @Override
    public Headline selectedHeadline() {
        return headline;
    }

    @Override
    public void itemChanged(Headline changed) {
        if (headline != null && headline.id() == changed.id()) headline = changed;
    }
}
