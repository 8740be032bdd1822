package dev.kiosque.tui;

import dev.kiosque.text.DisplayWidth;
import dev.kiosque.tui.Theme.Role;
import java.util.Locale;

/**
 * The bottom line: a message or error when there is one (until the next key), else the hints of
 * the current view; refresh progress on the right while a refresh runs.
 */
final class StatusLine {

    private final Locale locale;
    private String message;
    private boolean error;
    private int done = -1;
    private int total;

    StatusLine(Locale locale) {
        this.locale = locale;
    }

    void message(String text) {
        message = text;
        error = false;
    }

    void error(String text) {
        message = text;
        error = true;
    }

    void clearMessage() {
        message = null;
    }

    String message() {
        return message;
    }

    /** A refresh of {@code total} sources started (0 while the count is not known yet). */
    void progressStarted(int sources) {
        done = Math.max(done, 0);
        total = sources;
    }

    void progressDone(int count) {
        done = Math.max(done, count);
    }

    void progressEnded() {
        done = -1;
        total = 0;
    }

    /** The progress text ("refreshing…" until the number of sources is known), or "" when no refresh runs. */
    String progress() {
        if (done < 0) return "";
        return total == 0 ? Messages.REFRESH_STARTING.format(locale) : Messages.REFRESHING.format(locale, done, total);
    }

    void draw(Canvas canvas, int row, String hints) {
        String right = progress();
        int rightCells = right.isEmpty() ? 0 : DisplayWidth.of(right) + 1;
        int leftCells = canvas.width() - rightCells;
        if (message != null) {
            canvas.put(0, row, leftCells, message, error ? Role.ERROR : Role.NORMAL);
        } else {
            canvas.put(0, row, leftCells, hints, Role.HINT);
        }
        if (rightCells > 0) canvas.put(leftCells, row, rightCells, " " + right, Role.COUNT);
    }
}
