package dev.kiosque.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.kiosque.app.Library;
import dev.kiosque.app.RefreshRequest;
import dev.kiosque.config.Settings;
import dev.kiosque.tui.Theme.Role;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The UI thread's world: the view stack, the status line and the event queue. Everything here
 * runs on the UI thread; other threads only {@link #post} events. Tests drive it step by step
 * with {@link #pump()} instead of {@link #loop()}.
 */
final class Ui {

    static final int MIN_COLUMNS = 40;
    static final int MIN_ROWS = 10;
    /** Below this width the sections column becomes its own screen. */
    static final int WIDE_COLUMNS = 80;
    /** refresh-on-start, when unset, refreshes if the last refresh is older than this. */
    static final Duration STALE_AFTER = Duration.ofMinutes(30);
    /** How long the UI thread waits for an event before drawing again (keeps the clock in the list fresh). */
    private static final long TICK_MILLIS = 1000;
    /** Events handled before drawing again, so that key repeat never starves the screen. */
    private static final int MAX_BATCH = 256;

    final Library library;
    final TuiOptions options;
    final Locale locale;
    final KeyMap keys;
    final Clock clock;
    final Executor workers;
    private final Theme theme;
    private final Screen screen;
    private final BlockingQueue<UiEvent> events = new LinkedBlockingQueue<>();
    private final Deque<View> views = new ArrayDeque<>();
    private final StatusLine status;
    private final Actions actions;
    private Prompt prompt;
    private InputPump input;
    private boolean running = true;
    private boolean fullRedraw;
    /** What the rows of the last frame were drawn from (see {@link FrameRows}). */
    private final FrameRows shown = new FrameRows();

    Ui(Library library, TuiOptions options, Screen screen, Executor workers, Browser.Launcher launcher, Clock clock) {
        this.library = library;
        this.options = options;
        this.locale = options.locale() == null ? Locale.ENGLISH : options.locale();
        this.keys = KeyMap.from(library.config().keys());
        this.theme = options.color() ? Theme.ansi16() : Theme.monochrome();
        this.screen = screen;
        this.workers = workers;
        this.clock = clock;
        this.status = new StatusLine(locale);
        this.actions = new Actions(this, launcher);
    }

    /** Shows the sections and starts the background refresh when refresh-on-start asks for it. */
    void start() {
        views.push(new BrowseView(this, screen.getTerminalSize().getColumns() >= WIDE_COLUMNS));
        if (!options.offline() && refreshOnStart(library.config().settings(), library.lastRefresh(), clock.instant())) {
            actions.refresh(RefreshRequest.all());
        }
    }

    /** True when the setting says so, or when it is unset and the last refresh is stale or never happened. */
    static boolean refreshOnStart(Settings settings, Instant last, Instant now) {
        Boolean setting = settings == null ? null : settings.refreshOnStart();
        if (setting != null) return setting;
        return last == null || Duration.between(last, now).compareTo(STALE_AFTER) > 0;
    }

    /** Called from any thread. */
    void post(UiEvent event) {
        events.add(event);
    }

    /** Runs {@code body} on the UI thread; callable from any thread. */
    void later(Runnable body) {
        post(new UiEvent.Task(body));
    }

    /** The event loop: draw, wait for an event, handle it and every event already queued. */
    void loop() throws IOException, InterruptedException {
        while (running) {
            frame();
            UiEvent event = events.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
            if (event != null) {
                dispatch(event);
                drain();
            }
        }
    }

    /** Handles every queued event, then draws one frame (used by tests instead of {@link #loop()}). */
    void pump() throws IOException {
        drain();
        if (running) frame();
    }

    private void drain() {
        UiEvent event;
        for (int n = 0; running && n < MAX_BATCH && (event = events.poll()) != null; n++) dispatch(event);
    }

    boolean isRunning() {
        return running;
    }

    void quit() {
        running = false;
    }

    void dispatch(UiEvent event) {
        if (event instanceof UiEvent.Key key) {
            onKey(key.stroke());
        } else if (event instanceof UiEvent.Task task) {
            task.body().run();
        }
        // A Resize needs nothing more: the next frame asks the screen for its new size.
    }

    private void onKey(KeyStroke stroke) {
        View view = views.peek();
        if (prompt != null) {
            Prompt p = prompt;
            if ("C-c".equals(KeyNames.of(stroke))) quit();   // typed text is not a key binding, but Ctrl-C still quits
            else p.key(stroke);
            if (p.isDone() && prompt == p) prompt = null;
            return;
        }
        Action action = keys.actionFor(stroke, view.kind());
        if (action == Action.QUIT) {
            quit();
            return;
        }
        status.clearMessage();
        if (action == null) return;
        if (action == Action.HELP_SCREEN) {
            if (view instanceof HelpView) pop();
            else push(new HelpView(this));
            return;
        }
        view.handle(action, stroke);
    }

    /** Draws one frame into the back buffer and sends the changed cells to the terminal. */
    void frame() throws IOException {
        // After a resize the terminal may have reflowed or cleared what it showed, which a delta
        // refresh would not repair: repaint everything once.
        if (screen.doResizeIfNecessary() != null) fullRedraw = true;
        if (fullRedraw) shown.forget();
        TerminalSize size = screen.getTerminalSize();
        Canvas canvas = new Canvas(screen.newTextGraphics(), theme, size.getColumns(), size.getRows(), shown);
        TerminalPosition cursor = null;
        if (size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS) {
            drawTooSmall(canvas);
        } else {
            View view = views.peek();
            view.draw(canvas, 1, canvas.height() - 2);
            canvas.put(0, 0, canvas.width(), "kiosque · " + view.title(), Role.BAR);   // after draw: the title may show the scroll position
            int last = canvas.height() - 1;
            if (prompt != null) {
                cursor = new TerminalPosition(prompt.draw(canvas, last), last);
            } else {
                status.draw(canvas, last, hints(view));
            }
        }
        // The rows between the title and the status line may scroll as a whole (a list moving by a row).
        int first = 1;
        int last = size.getRows() - 2;
        if (screen instanceof FrameScreen fs) {
            canvas.finish(fs::shiftBack, first, last);
            fs.scrollable(first, last);
        } else {
            canvas.finish(null, first, last);
        }
        screen.setCursorPosition(cursor);
        if (screen instanceof TerminalScreen ts && ts.getTerminal() instanceof Utf8Terminal t) t.beginFrame();   // one write per frame
        screen.refresh(fullRedraw ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        fullRedraw = false;
    }

    private void drawTooSmall(Canvas canvas) {
        int row = Math.max(0, canvas.height() / 2 - 1);
        canvas.put(0, row, canvas.width(), Messages.TOO_SMALL.format(locale), Role.ERROR);
        canvas.put(0, row + 1, canvas.width(), Messages.TOO_SMALL_DETAIL.format(locale, MIN_COLUMNS, MIN_ROWS),
                Role.NORMAL);
    }

    /** The hint line of a view, from the key table. */
    String hints(View view) {
        List<String> parts = new ArrayList<>();
        for (Action a : Action.values()) {
            String hint = a == Action.BACK && view == browse() && browse().backQuits()
                    ? Messages.QUIT_HINT.format(locale) : a.hint(locale);
            if (hint != null && a.appliesTo(view.kind()) && !keys.keysOf(a).isEmpty()) {
                parts.add(keys.keysOf(a).get(0) + " " + hint);
            }
        }
        return String.join("  ", parts);
    }

    void push(View view) {
        views.push(view);
    }

    /** Leaves the current view; the bottom view (sections) is never popped. */
    void pop() {
        if (views.size() > 1) views.pop();
    }

    /** Removes a view wherever it is in the stack (a cancelled or failed article). */
    void remove(View view) {
        if (views.size() > 1) views.remove(view);
    }

    View top() {
        return views.peek();
    }

    boolean isShowing(View view) {
        return views.contains(view);
    }

    /** Every view, top first. */
    List<View> views() {
        return List.copyOf(views);
    }

    BrowseView browse() {
        return (BrowseView) views.peekLast();
    }

    StatusLine status() {
        return status;
    }

    Actions actions() {
        return actions;
    }

    Screen screen() {
        return screen;
    }

    void openPrompt(Prompt value) {
        prompt = value;
    }

    void setInput(InputPump value) {
        input = value;
    }

    /** Before an external program takes the terminal: stop taking keys. */
    void beforeExternalProgram() {
        if (input != null) input.pause();
    }

    /** After an external program: the next frame repaints everything and keys typed meanwhile are dropped. */
    void afterExternalProgram() {
        fullRedraw = true;
        events.removeIf(e -> e instanceof UiEvent.Key);
        if (input != null) input.resume();
    }

    DateColumn dateFormat() {
        return DateColumn.of(clock.getZone(), locale, clock.instant());
    }
}
