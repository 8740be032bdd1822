package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.kiosque.tui.Theme.Role;
import java.util.ArrayList;
import java.util.List;

/** Every action with its keys (as bound now, rebinding included), what it does and its name in feeds.yaml. */
final class HelpView implements View {

    private static final int KEY_COLUMN = 24;
    private static final int NAME_COLUMN = 20;

    private final Ui ui;
    private final List<String[]> rows = new ArrayList<>();
    private Pager pager;

    HelpView(Ui ui) {
        this.ui = ui;
        for (Action a : Action.values()) {
            rows.add(new String[] {keyLabel(ui.keys.keysOf(a)), a.help(ui.locale), a.configName()});
        }
        pager = new Pager(rows.size(), 1, 0);
    }

    /** The keys of an action, a run of digits shown as a range ("1–9") so that it fits the column. */
    static String keyLabel(List<String> keys) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int j = i;
            while (j + 1 < keys.size() && isDigit(keys.get(j)) && isDigit(keys.get(j + 1))
                    && keys.get(j + 1).charAt(0) == keys.get(j).charAt(0) + 1) j++;
            if (j - i >= 2) {
                shown.add(keys.get(i) + "–" + keys.get(j));
                i = j;
            } else {
                shown.add(keys.get(i));
            }
        }
        return String.join(", ", shown);
    }

    private static boolean isDigit(String key) {
        return key.length() == 1 && Character.isDigit(key.charAt(0));
    }

    @Override
    public ViewKind kind() {
        return ViewKind.HELP;
    }

    @Override
    public String title() {
        return Messages.HELP_TITLE.format(ui.locale);
    }

    @Override
    public void draw(Canvas canvas, int top, int height) {
        pager = pager.withHeight(height);
        boolean wide = canvas.width() >= Ui.WIDE_COLUMNS;
        int nameCells = wide ? NAME_COLUMN : 0;           // the config names only when there is room
        int keyCells = wide ? KEY_COLUMN : canvas.width() / 3;
        for (int row = 0; row < height && pager.top() + row < rows.size(); row++) {
            String[] r = rows.get(pager.top() + row);
            int x = canvas.put(1, top + row, keyCells - 1, r[0], Role.COUNT) + 1;   // a blank before the text
            x = canvas.put(x, top + row, canvas.width() - x - nameCells, r[1], Role.NORMAL);
            canvas.put(x, top + row, nameCells, r[2], Role.HINT);
        }
    }

    @Override
    public void handle(Action action, KeyStroke key) {
        Pager moved = pager.on(action);
        if (moved != null) pager = moved;
        else if (action == Action.BACK) ui.pop();
    }
}
