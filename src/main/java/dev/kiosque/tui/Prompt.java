package dev.kiosque.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.kiosque.text.DisplayWidth;
import dev.kiosque.tui.Theme.Role;
import java.util.function.Consumer;

/** A one-line input on the status line (search): Enter submits, Esc cancels, Backspace deletes. */
final class Prompt {

    private static final int MAX_LENGTH = 200;

    private final String label;
    private final Consumer<String> onSubmit;
    private final StringBuilder text = new StringBuilder();
    private boolean done;

    Prompt(String label, Consumer<String> onSubmit) {
        this.label = label;
        this.onSubmit = onSubmit;
    }

    /** Handles a key; afterwards {@link #isDone()} tells whether the prompt is closed. */
    void key(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.Escape) {
            done = true;
        } else if (type == KeyType.Enter) {
            done = true;
            onSubmit.accept(text.toString().trim());
        } else if (type == KeyType.Backspace) {
            if (text.length() > 0) text.setLength(text.offsetByCodePoints(text.length(), -1));
        } else if (type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && !Character.isISOControl(key.getCharacter()) && text.length() < MAX_LENGTH) {
            text.append(key.getCharacter());
        }
    }

    boolean isDone() {
        return done;
    }

    String text() {
        return text.toString();
    }

    /** Draws the prompt and returns the column where the cursor belongs. */
    int draw(Canvas canvas, int row) {
        String shown = label + text;
        canvas.put(0, row, canvas.width(), shown, Role.NORMAL);
        return Math.min(canvas.width() - 1, DisplayWidth.of(shown));
    }
}
