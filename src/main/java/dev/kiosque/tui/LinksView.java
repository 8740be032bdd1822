package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.kiosque.tui.Theme.Role;
import java.util.List;

/** The numbered links of an article; Enter or {@code o} hands the selected one to the browser, 1-9 a numbered one. */
final class LinksView implements View {

    private final Ui ui;
    private final List<String> links;
    private ListCursor cursor;

    LinksView(Ui ui, List<String> links) {
        this.ui = ui;
        this.links = links;
        this.cursor = ListCursor.of(links.size(), 1);
    }

    @Override
    public ViewKind kind() {
        return ViewKind.LINKS;
    }

    @Override
    public String title() {
        return Messages.LINKS_TITLE.format(ui.locale, links.size());
    }

    @Override
    public void draw(Canvas canvas, int top, int height) {
        if (links.isEmpty()) {
            canvas.put(1, top, canvas.width() - 1, Messages.NO_LINKS.format(ui.locale), Role.NORMAL);
            return;
        }
        cursor = cursor.withHeight(height);
        String widest = String.valueOf(links.size());
        for (int i = cursor.top(); i < cursor.bottom(); i++) {
            Role role = i == cursor.selected() ? Role.SELECTED : Role.LINK;
            String number = " ".repeat(widest.length() - String.valueOf(i + 1).length()) + (i + 1);
            canvas.put(0, top + i - cursor.top(), canvas.width(), " " + number + ". " + links.get(i), role);
        }
    }

    @Override
    public void handle(Action action, KeyStroke key) {
        ListCursor moved = cursor.on(action);
        if (moved != null) {
            cursor = moved;
            return;
        }
        switch (action) {
            case BACK -> ui.pop();
            case OPEN, BROWSER -> {
                if (!links.isEmpty()) ui.actions().browse(links.get(cursor.selected()));
            }
            case OPEN_LINK -> {
                if (key.getKeyType() == KeyType.Character) openNumbered(ui, links, key.getCharacter());
            }
            default -> { }
        }
    }

    /** Opens link number {@code digit} (1-9) in the browser, or says there is no such link. */
    static void openNumbered(Ui ui, List<String> links, char digit) {
        int n = Character.digit(digit, 10);
        if (n >= 1 && n <= links.size()) ui.actions().browse(links.get(n - 1));
        else ui.status().message(Messages.NO_LINK.format(ui.locale, n));
    }
}
