package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import java.util.List;
import java.util.function.IntFunction;

/** Headlines found by a query across sections: search results, starred items. */
final class ResultsView implements View, HeadlineHolder {

    private final Ui ui;
    private final HeadlineQuery query;
    private final HeadlineList list;
    private final IntFunction<String> title;

    ResultsView(Ui ui, HeadlineQuery query, List<Headline> found, IntFunction<String> title) {
        this.ui = ui;
        this.query = query;
        this.list = new HeadlineList(found);
        this.title = title;
    }

    @Override
    public ViewKind kind() {
        return ViewKind.HEADLINES;
    }

    @Override
    public String title() {
        return title.apply(list.size());
    }

    @Override
    public void draw(Canvas canvas, int top, int height) {
        list.draw(canvas, 0, top, canvas.width(), height, true, ui.dateFormat());
    }

    @Override
    public void handle(Action action, KeyStroke key) {
        if (list.move(action)) return;
        switch (action) {
            case OPEN -> ui.actions().open(list.selected());
            case BACK -> ui.pop();
            case TOGGLE_READ -> ui.actions().toggleRead(list.selected());
            case TOGGLE_STAR -> ui.actions().toggleStar(list.selected());
            case SEARCH -> ui.actions().startSearch();
            case STARRED -> ui.actions().showStarred();
            case BROWSER -> {
                ui.actions().browse(list.selected());
            }
            case NEXT_UNREAD, PREV_UNREAD -> {
                if (!selectUnread(action == Action.NEXT_UNREAD ? 1 : -1)) {
                    ui.status().message(Messages.NO_UNREAD.format(ui.locale));
                }
            }
            default -> { }
        }
    }

    @Override
    public boolean selectUnread(int direction) {
        int found = list.nextUnread(list.cursor().selected(), direction);
        if (found >= 0) list.select(found);
        return found >= 0;
    }

    @Override
    public Headline selectedHeadline() {
        return list.selected();
    }

    @Override
    public void itemChanged(Headline changed) {
        list.update(changed);
    }

    @Override
    public void reload() {
        list.replace(ui.library.headlines(query));
    }
}
