package dev.kiosque.tui;

import java.util.Locale;

/** The UI strings in English and French; French when the locale's language is French. */
enum Messages {
    UNREAD("%d unread", "%d non lus"),
    TOO_SMALL("window too small", "fenêtre trop petite"),
    TOO_SMALL_DETAIL("at least %dx%d", "au moins %dx%d"),
    SECTIONS("sections", "rubriques"),
    NO_SECTIONS("no sections: add feeds to feeds.yaml", "aucune rubrique : ajoutez des flux à feeds.yaml"),
    NO_ITEMS("no items yet: r refreshes", "aucun article : r pour actualiser"),
    LOADING("loading…", "chargement…"),
    ALL("All", "Tout"),
    TOP("Top", "Début"),
    REFRESHING("refreshing %d/%d…", "actualisation %d/%d…"),
    REFRESH_STARTING("refreshing…", "actualisation…"),
    REFRESHED("refreshed: %d new", "actualisé : %d nouveaux"),
    REFRESHED_FAILED("refreshed: %d new, %d sources failed", "actualisé : %d nouveaux, %d sources en échec"),
    REFRESH_FAILED("refresh failed: %s", "échec de l'actualisation : %s"),
    REFRESH_BUSY("a refresh is already running", "une actualisation est déjà en cours"),
    OFFLINE("offline: not refreshing", "hors ligne : pas d'actualisation"),
    SEARCH_PROMPT("search: ", "recherche : "),
    SEARCH_TITLE("search “%s” · %d", "recherche « %s » · %d"),
    NO_MATCH("nothing matches “%s”", "aucun résultat pour « %s »"),
    STARRED_TITLE("starred · %d", "favoris · %d"),
    NO_STARRED("no starred items", "aucun favori"),
    NO_UNREAD("no more unread items", "plus d'articles non lus"),
    SECTION_READ("%s: all read", "%s : tout est lu"),
    HELP_TITLE("keys", "touches"),
    QUIT_HINT("quit", "quitter"),
    LINKS_TITLE("links · %d", "liens · %d"),
    NO_LINKS("this article has no links", "cet article n'a pas de liens"),
    NO_LINK("no link %d", "pas de lien %d"),
    NOT_WEB("not a web link: %s", "pas un lien web : %s"),
    BROWSER_FAILED("could not start the browser: %s", "impossible de lancer le navigateur : %s"),
    UNAVAILABLE("article unavailable: %s", "article indisponible : %s");

    private final String en;
    private final String fr;

    Messages(String en, String fr) {
        this.en = en;
        this.fr = fr;
    }

    /** The string for {@code locale}, formatted with {@code args}. */
    String format(Locale locale, Object... args) {
        return String.format(locale, isFrench(locale) ? fr : en, args);
    }

    static boolean isFrench(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }
}
