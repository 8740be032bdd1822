package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.kiosque.app.RefreshRequest;
import dev.kiosque.model.Headline;
import dev.kiosque.model.HeadlineQuery;
import dev.kiosque.model.SectionSummary;
import dev.kiosque.tui.Theme.Role;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The top level: the sections column beside the headlines of the selected section. Under
 * {@link Ui#WIDE_COLUMNS} columns only the focused pane is shown, so the sections become a screen
 * of their own. Each section's list is queried once and kept until a refresh or a bulk mark.
 */
final class BrowseView implements View, HeadlineHolder {

    private static final int SECTIONS_MIN = 18;
    private static final int SECTIONS_MAX = 30;
    private static final int SECTIONS_SHARE = 4;    // the column takes a quarter of the width

    private final Ui ui;
    private List<SectionSummary> sections;
    private ListCursor sectionCursor;
    private final Map<String, HeadlineList> lists = new HashMap<>();
    private boolean focusHeadlines;
    /** Whether the last frame showed both panes; then q quits from either of them. */
    private boolean wide = true;

    BrowseView(Ui ui, boolean focusHeadlines) {
        this.ui = ui;
        this.sections = ui.library.sections();
        this.sectionCursor = ListCursor.of(sections.size(), 1);
        this.focusHeadlines = focusHeadlines && !sections.isEmpty();
    }

    @Override
    public ViewKind kind() {
        return focusHeadlines ? ViewKind.HEADLINES : ViewKind.SECTIONS;
    }

    @Override
    public String title() {
        SectionSummary s = current();
        if (s == null) return Messages.SECTIONS.format(ui.locale);
        return s.name() + " · " + Messages.UNREAD.format(ui.locale, s.unread());
    }

    SectionSummary current() {
        return sections.isEmpty() ? null : sections.get(sectionCursor.selected());
    }

    /** The list of the selected section (empty when there are no sections). */
    HeadlineList list() {
        SectionSummary s = current();
        return s == null ? new HeadlineList(List.of()) : listOf(s.name());
    }

    private HeadlineList listOf(String section) {
        return lists.computeIfAbsent(section, name -> new HeadlineList(ui.library.headlines(query(name))));
    }

    /**
     * A section's headlines with their titles as the only text: the store's listing index holds all
     * a list shows, so 10 000 rows are read without the article HTML stored beside them; a link is
     * read when it is wanted ({@link Actions#linkOf}).
     */
    private static HeadlineQuery query(String section) {
        return HeadlineQuery.all().withSections(List.of(section)).withDetail(HeadlineQuery.Detail.TITLES);
    }

    boolean focusOnHeadlines() {
        return focusHeadlines;
    }

    @Override
    public void draw(Canvas canvas, int top, int height) {
        if (sections.isEmpty()) {
            canvas.put(1, top, canvas.width() - 1, Messages.NO_SECTIONS.format(ui.locale), Role.NORMAL);
            return;
        }
        wide = canvas.width() >= Ui.WIDE_COLUMNS;
        if (wide) {
            int cells = Math.max(SECTIONS_MIN, Math.min(SECTIONS_MAX, canvas.width() / SECTIONS_SHARE));
            drawSections(canvas, top, cells - 1, height, !focusHeadlines);
            for (int row = top; row < top + height; row++) canvas.put(cells - 1, row, 1, "│", Role.NORMAL);
            drawHeadlines(canvas, cells, top, canvas.width() - cells, height, focusHeadlines);
        } else if (focusHeadlines) {
            drawHeadlines(canvas, 0, top, canvas.width(), height, true);
        } else {
            drawSections(canvas, top, canvas.width(), height, true);
        }
    }

    private void drawSections(Canvas canvas, int top, int width, int height, boolean focused) {
        sectionCursor = sectionCursor.withHeight(height);
        for (int i = sectionCursor.top(); i < sectionCursor.bottom(); i++) {
            SectionSummary s = sections.get(i);
            Role role = i == sectionCursor.selected() ? (focused ? Role.SELECTED : Role.SELECTED_IDLE)
                    : s.unread() > 0 ? Role.UNREAD : Role.READ;
            String count = s.unread() > 0 ? s.unread() + " " : "";
            int y = top + i - sectionCursor.top();
            int x = canvas.put(0, y, width - count.length(), " " + s.name(), role);
            canvas.put(x, y, count.length(), count, role);
        }
    }

    private void drawHeadlines(Canvas canvas, int col, int top, int width, int height, boolean focused) {
        HeadlineList list = list();
        if (list.size() == 0) {
            canvas.put(col + 1, top, width - 1, Messages.NO_ITEMS.format(ui.locale), Role.NORMAL);
            return;
        }
        list.draw(canvas, col, top, width, height, focused, ui.dateFormat());
    }

    /** True when the first key of "back" quits from where the focus is now. */
    boolean backQuits() {
        return wide || !focusHeadlines;
    }

    @Override
    public void handle(Action action, KeyStroke key) {
        SectionSummary section = current();
        switch (action) {
            case NEXT_SECTION -> switchSection(1);
            case PREV_SECTION -> switchSection(-1);
            case SEARCH -> ui.actions().startSearch();
            case REFRESH -> {
                if (section != null) ui.actions().refresh(RefreshRequest.section(section.name()));
            }
            case REFRESH_ALL -> ui.actions().refresh(RefreshRequest.all());
            case MARK_SECTION_READ -> {
                if (section != null) ui.actions().markSectionRead(section.name());
            }
            case STARRED -> ui.actions().showStarred();
            case NEXT_UNREAD, PREV_UNREAD -> {
                if (!selectUnread(action == Action.NEXT_UNREAD ? 1 : -1)) {
                    ui.status().message(Messages.NO_UNREAD.format(ui.locale));
                }
            }
            default -> {
                if (focusHeadlines) onHeadlines(action, key);
                else onSections(action, key);
            }
        }
    }

    private void onSections(Action action, KeyStroke key) {
        ListCursor moved = sectionCursor.on(action);
        if (moved != null) {
            sectionCursor = moved;
        } else if (action == Action.OPEN && current() != null) {
            focusHeadlines = true;
        } else if (action == Action.BACK && isQuitKey(key)) {
            ui.quit();
        }
    }

    /**
     * At the top level the first key of "back" (q by default) quits; Esc and the arrows do not.
     * With both panes on screen the headlines are the top level too; h, Left and Esc then move to
     * the sections column.
     */
    private boolean isQuitKey(KeyStroke key) {
        List<String> back = ui.keys.keysOf(Action.BACK);
        return !back.isEmpty() && back.get(0).equals(KeyNames.of(key));
    }

    private void onHeadlines(Action action, KeyStroke key) {
        HeadlineList list = list();
        if (list.move(action)) return;
        switch (action) {
            case OPEN -> ui.actions().open(list.selected());
            case BACK -> {
                if (wide && isQuitKey(key)) ui.quit();
                else focusHeadlines = false;
            }
            case TOGGLE_READ -> ui.actions().toggleRead(list.selected());
            case TOGGLE_STAR -> ui.actions().toggleStar(list.selected());
            case BROWSER -> {
                ui.actions().browse(list.selected());
            }
            default -> { }
        }
    }

    private void switchSection(int direction) {
        if (sections.isEmpty()) return;
        int n = sections.size();
        sectionCursor = sectionCursor.select(Math.floorMod(sectionCursor.selected() + direction, n));
    }

    @Override
    public boolean selectUnread(int direction) {
        int start = sectionCursor.selected();
        for (int i = start; i >= 0 && i < sections.size(); i += direction) {
            boolean here = i == start;
            if (!here && sections.get(i).unread() == 0) continue;    // no need to query a section with nothing unread
            HeadlineList list = listOf(sections.get(i).name());
            int from = here && focusHeadlines ? list.cursor().selected() : direction > 0 ? -1 : list.size();
            int found = list.nextUnread(from, direction);
            if (found >= 0) {
                sectionCursor = sectionCursor.select(i);
                list.select(found);
                focusHeadlines = true;
                return true;
            }
        }
        return false;
    }

    @Override
    public Headline selectedHeadline() {
        return focusHeadlines ? list().selected() : null;
    }

    @Override
    public void itemChanged(Headline changed) {
        for (HeadlineList list : lists.values()) list.update(changed);
    }

    /** Re-reads the unread counts (after marking one item). */
    void reloadCounts() {
        String name = current() == null ? null : current().name();
        sections = ui.library.sections();
        int index = 0;
        for (int i = 0; i < sections.size(); i++) if (sections.get(i).name().equals(name)) index = i;
        sectionCursor = new ListCursor(sections.size(), sectionCursor.height(), index, sectionCursor.top());
        if (sections.isEmpty()) focusHeadlines = false;
    }

    /** Re-reads sections and every list seen so far, keeping each selection on the same item. */
    @Override
    public void reload() {
        reloadCounts();
        for (Iterator<Map.Entry<String, HeadlineList>> it = lists.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, HeadlineList> e = it.next();
            boolean known = sections.stream().anyMatch(s -> s.name().equals(e.getKey()));
            if (known) e.getValue().replace(ui.library.headlines(query(e.getKey())));
            else it.remove();
        }
    }
}
