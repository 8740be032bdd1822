package dev.kiosque.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.kiosque.render.Line;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * Colours and attributes by role. The default uses the 16 ANSI colours on the terminal's own
 * background (Lanterna reads no terminfo, so we ask only for what every terminal has); the
 * monochrome theme, for NO_COLOR and --no-color, uses bold, italic and reverse only.
 */
final class Theme {

    /** What a piece of text is, which decides its look. */
    enum Role {
        NORMAL, BAR, HINT, ERROR, SELECTED, SELECTED_IDLE, UNREAD, READ, DATE, SOURCE, COUNT,
        ART_TITLE, META, HEADING, QUOTE, CAPTION, LINK, NOTE
    }

    /** Foreground, background and attributes of one role. */
    record Look(TextColor fg, TextColor bg, EnumSet<SGR> sgr) {
        SGR[] modifiers() {
            return sgr.toArray(new SGR[0]);
        }

        // equals and hashCode written out: a record's own go through method handles, which C1
        // (the launcher's only compiler) runs slowly, and a frame asks for them thousands of times.
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Look l && fg.equals(l.fg) && bg.equals(l.bg) && sgr.equals(l.sgr);
        }

        @Override
        public int hashCode() {
            return 31 * fg.hashCode() + bg.hashCode();
        }
    }

    private final Map<Role, Look> looks = new EnumMap<>(Role.class);

    private Theme() {
        for (Role r : Role.values()) looks.put(r, look(TextColor.ANSI.DEFAULT));
    }

    /** The 16-colour theme. */
    static Theme ansi16() {
        Theme t = monochrome();
        t.looks.put(Role.BAR, new Look(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, EnumSet.of(SGR.BOLD)));
        t.looks.put(Role.HINT, look(TextColor.ANSI.CYAN));
        t.looks.put(Role.ERROR, look(TextColor.ANSI.RED_BRIGHT, SGR.BOLD));
        t.looks.put(Role.DATE, look(TextColor.ANSI.YELLOW));
        t.looks.put(Role.SOURCE, look(TextColor.ANSI.GREEN));
        t.looks.put(Role.COUNT, look(TextColor.ANSI.CYAN));
        t.looks.put(Role.ART_TITLE, look(TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD));
        t.looks.put(Role.META, look(TextColor.ANSI.CYAN));
        t.looks.put(Role.HEADING, look(TextColor.ANSI.WHITE_BRIGHT, SGR.BOLD));
        t.looks.put(Role.QUOTE, look(TextColor.ANSI.GREEN, SGR.ITALIC));
        t.looks.put(Role.LINK, look(TextColor.ANSI.BLUE_BRIGHT));
        t.looks.put(Role.NOTE, look(TextColor.ANSI.MAGENTA));
        return t;
    }

    /** No colours at all: attributes only. */
    static Theme monochrome() {
        Theme t = new Theme();
        t.looks.put(Role.BAR, look(TextColor.ANSI.DEFAULT, SGR.REVERSE));
        t.looks.put(Role.ERROR, look(TextColor.ANSI.DEFAULT, SGR.BOLD));
        t.looks.put(Role.SELECTED, look(TextColor.ANSI.DEFAULT, SGR.REVERSE));
        t.looks.put(Role.SELECTED_IDLE, look(TextColor.ANSI.DEFAULT, SGR.UNDERLINE));
        t.looks.put(Role.UNREAD, look(TextColor.ANSI.DEFAULT, SGR.BOLD));
        t.looks.put(Role.ART_TITLE, look(TextColor.ANSI.DEFAULT, SGR.BOLD));
        t.looks.put(Role.HEADING, look(TextColor.ANSI.DEFAULT, SGR.BOLD));
        t.looks.put(Role.QUOTE, look(TextColor.ANSI.DEFAULT, SGR.ITALIC));
        return t;
    }

    Look look(Role role) {
        return looks.get(role);
    }

    /** The role of a laid-out article line. */
    static Role roleOf(Line.Style style) {
        return switch (style) {
            case TITLE -> Role.ART_TITLE;
            case META -> Role.META;
            case HEADING -> Role.HEADING;
            case QUOTE -> Role.QUOTE;
            case CAPTION, IMAGE -> Role.NOTE;
            case LINKS -> Role.LINK;
            case NOTE -> Role.NOTE;
            default -> Role.NORMAL;
        };
    }

    private static Look look(TextColor fg, SGR... sgr) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        for (SGR s : sgr) set.add(s);
        return new Look(fg, TextColor.ANSI.DEFAULT, set);
    }
}
