package dev.kiosque.tui;

import static dev.kiosque.tui.View.ViewKind.ARTICLE;
import static dev.kiosque.tui.View.ViewKind.HEADLINES;
import static dev.kiosque.tui.View.ViewKind.LINKS;
import static dev.kiosque.tui.View.ViewKind.SECTIONS;

import dev.kiosque.tui.View.ViewKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The key table: every action with its name in feeds.yaml ({@code keys:}), its default keys, its
 * help text in English and French, an optional short hint for the status line, and the views it
 * applies to. Bindings, the help screen, the hint line and config validation all read this table.
 */
enum Action {
    DOWN("down", "j Down", "move down", "descendre", null, null, all()),
    UP("up", "k Up", "move up", "monter", null, null, all()),
    OPEN("open", "Enter l Right", "open", "ouvrir", "open", "ouvrir", of(SECTIONS, HEADLINES, LINKS)),
    BACK("back", "q h Left Esc", "back; q quits from the top", "retour ; q quitte depuis le début",
            "back", "retour", all()),
    QUIT("quit", "C-c", "quit", "quitter", null, null, all()),
    NEXT_SECTION("next-section", "Tab ]", "next section", "rubrique suivante", null, null, of(SECTIONS, HEADLINES)),
    PREV_SECTION("prev-section", "[ BackTab", "previous section", "rubrique précédente", null, null,
            of(SECTIONS, HEADLINES)),
    PAGE_DOWN("page-down", "Space PgDn", "next page", "page suivante", null, null, all()),
    PAGE_UP("page-up", "b PgUp", "previous page", "page précédente", null, null, all()),
    FIRST("first", "g Home", "first line", "première ligne", null, null, all()),
    LAST("last", "G End", "last line", "dernière ligne", null, null, all()),
    NEXT_UNREAD("next-unread", "n", "next unread item, across sections", "prochain non lu, toutes rubriques",
            null, null, of(SECTIONS, HEADLINES, ARTICLE)),
    PREV_UNREAD("prev-unread", "N", "previous unread item", "non lu précédent", null, null,
            of(SECTIONS, HEADLINES, ARTICLE)),
    SEARCH("search", "/", "search titles and summaries", "chercher dans les titres et résumés",
            "search", "chercher", of(SECTIONS, HEADLINES)),
    REFRESH("refresh", "r", "refresh this section", "actualiser cette rubrique", "refresh", "actualiser",
            of(SECTIONS, HEADLINES)),
    REFRESH_ALL("refresh-all", "R", "refresh all sections", "tout actualiser", null, null, of(SECTIONS, HEADLINES)),
    TOGGLE_READ("toggle-read", "m", "mark read / unread", "marquer lu / non lu", "read", "lu", of(HEADLINES, ARTICLE)),
    MARK_SECTION_READ("mark-section-read", "A", "mark the whole section read", "marquer toute la rubrique lue",
            null, null, of(SECTIONS, HEADLINES)),
    TOGGLE_STAR("toggle-star", "s", "star / unstar", "ajouter / retirer des favoris", null, null,
            of(HEADLINES, ARTICLE)),
    STARRED("starred", "S", "starred items", "favoris", null, null, of(SECTIONS, HEADLINES)),
    BROWSER("browser", "o", "open in the browser", "ouvrir dans le navigateur", "browser", "navigateur",
            of(HEADLINES, ARTICLE, LINKS)),
    LINKS_LIST("links", "u", "the article's links", "les liens de l'article", "links", "liens", of(ARTICLE)),
    OPEN_LINK("open-link", "1 2 3 4 5 6 7 8 9", "open link 1-9 in the browser", "ouvrir le lien 1-9 dans le navigateur",
            null, null, of(ARTICLE, LINKS)),
    HELP_SCREEN("help", "?", "this help", "cette aide", "help", "aide", all());

    private final String configName;
    private final List<String> defaultKeys;
    private final String helpEn;
    private final String helpFr;
    private final String hintEn;
    private final String hintFr;
    private final Set<ViewKind> views;

    Action(String configName, String keys, String helpEn, String helpFr, String hintEn, String hintFr,
           Set<ViewKind> views) {
        this.configName = configName;
        this.defaultKeys = List.of(keys.split(" "));
        this.helpEn = helpEn;
        this.helpFr = helpFr;
        this.hintEn = hintEn;
        this.hintFr = hintFr;
        this.views = views;
    }

    /** The name used in the {@code keys:} block of feeds.yaml. */
    String configName() {
        return configName;
    }

    List<String> defaultKeys() {
        return defaultKeys;
    }

    String help(Locale locale) {
        return Messages.isFrench(locale) ? helpFr : helpEn;
    }

    /** A one-word label for the hint line, or null when the action is not hinted. */
    String hint(Locale locale) {
        return Messages.isFrench(locale) ? hintFr : hintEn;
    }

    boolean appliesTo(ViewKind view) {
        return views.contains(view);
    }

    /** The action with this config name, or null. */
    static Action byConfigName(String name) {
        return Arrays.stream(values()).filter(a -> a.configName.equals(name)).findFirst().orElse(null);
    }

    private static Set<ViewKind> all() {
        return EnumSet.allOf(ViewKind.class);
    }

    private static Set<ViewKind> of(ViewKind first, ViewKind... rest) {
        return EnumSet.of(first, rest);
    }
}
