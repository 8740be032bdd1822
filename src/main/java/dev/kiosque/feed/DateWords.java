package dev.kiosque.feed;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words of dates: month names (English, French), weekdays, zone names and their offsets. */
final class DateWords {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Zone name → offset in minutes. */
    private static final Map<String, Integer> ZONES = new HashMap<>();
    /** Zones that are also ordinary words ("at", "et"): only read right after a time. */
    private static final Set<String> SHORT_ZONES = Set.of("at", "et", "ct", "mt", "pt");

    static {
        String[][] months = {
            {"jan", "january", "janv", "janvier"}, {"feb", "february", "fev", "fevr", "fevrier", "febr"},
            {"mar", "march", "mars"}, {"apr", "april", "avr", "avril"}, {"may", "mai"},
            {"jun", "june", "juin"}, {"jul", "july", "juil", "juillet"}, {"aug", "august", "aout", "aou"},
            {"sep", "sept", "september", "septembre"}, {"oct", "october", "octobre"},
            {"nov", "november", "novembre"}, {"dec", "december", "decembre"}};
        // Hungarian and Greek (accents folded), as feedparser's corpus has them
        String[][] more = {
            {"januar", "ιαν"}, {"februar", "φεβ"}, {"marcius", "μαρ"}, {"aprilis", "απρ"}, {"majus", "μαι"},
            {"junius", "ιουν", "ιον"}, {"julius", "ιουλ", "ιολ"}, {"augusztus", "αυγ"}, {"szeptember", "σεπ"},
            {"oktober", "οκτ"}, {"νοε"}, {"δεκ"}};
        for (int m = 0; m < more.length; m++) {
            for (String name : more[m]) MONTHS.put(name, m + 1);
        }
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) MONTHS.put(name, m + 1);
        }
        Object[][] zones = {
            {"ut", 0}, {"utc", 0}, {"gmt", 0}, {"z", 0}, {"wet", 0}, {"west", 60}, {"bst", 60},
            {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
            {"pst", -480}, {"pdt", -420}, {"akst", -540}, {"akdt", -480}, {"hst", -600},
            {"ast", -240}, {"adt", -180}, {"nst", -210}, {"ndt", -150},
            {"at", -240}, {"et", -300}, {"ct", -360}, {"mt", -420}, {"pt", -480},
            {"cet", 60}, {"cest", 120}, {"met", 60}, {"mest", 120}, {"wat", 60}, {"cat", 120},
            {"eat", 180}, {"sast", 120}, {"eet", 120}, {"eest", 180}, {"msk", 180}, {"ist", 330},
            {"pkt", 300}, {"ict", 420}, {"wib", 420}, {"hkt", 480}, {"sgt", 480}, {"awst", 480},
            {"jst", 540}, {"kst", 540}, {"acst", 570}, {"aest", 600}, {"aedt", 660},
            {"nzst", 720}, {"nzdt", 780}, {"brt", -180}, {"art", -180}};
        for (Object[] z : zones) ZONES.put((String) z[0], (Integer) z[1]);
    }

    private DateWords() {}

    /** The month (1-12) of a lower-case, accent-free word, or 0. */
    static int month(String word) {
        Integer m = MONTHS.get(word);
        return m == null ? 0 : m;
    }

    /**
     * The offset in minutes of a lower-case zone name ({@code est}, {@code etc/gmt}), or null.
     * {@code afterTime}: the word follows a time, so short names that are also words count.
     */
    static Integer zone(String word, boolean afterTime) {
        String w = word.startsWith("etc/") ? word.substring(4) : word;
        if (!afterTime && SHORT_ZONES.contains(w)) return null;
        return ZONES.get(w);
    }

    /**
     * The offset in minutes of a military zone letter, read as RFC 822 wrote them (A = -1 hour,
     * N = +1 hour, as feedparser does); J is not a zone.
     */
    static Integer military(char upper) {
        if (upper == 'Z') return 0;
        if (upper >= 'A' && upper <= 'I') return -(upper - 'A' + 1) * 60;
        if (upper >= 'K' && upper <= 'M') return -(upper - 'K' + 10) * 60;
        if (upper >= 'N' && upper <= 'Y') return (upper - 'N' + 1) * 60;
        return null;
    }

    /** Korean date markers: the number before is a year, a month, a day; morning; afternoon. */
    static final String KO_YEAR = "년";
    static final String KO_MONTH = "월";
    static final String KO_DAY = "일";
    static final String KO_AM = "오전";
    static final String KO_PM = "오후";
    /** Korean dates carry no zone: they are Korea Standard Time. */
    static final int KST_MINUTES = 540;

    /** {@code c} lower-cased without its French accent (é → e, ç → c); other letters lower-cased. */
    static char fold(char c) {
        char l = Character.toLowerCase(c);
        return switch (l) {
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'à', 'â', 'ä', 'á' -> 'a';
            case 'î', 'ï', 'í' -> 'i';
            case 'ô', 'ö', 'ó', 'ő' -> 'o';
            case 'û', 'ù', 'ü', 'ú', 'ű' -> 'u';
            case 'ά' -> 'α';
            case 'έ' -> 'ε';
            case 'ή' -> 'η';
            case 'ί', 'ϊ' -> 'ι';
            case 'ό' -> 'ο';
            case 'ύ', 'ϋ' -> 'υ';
            case 'ώ' -> 'ω';
            case 'ç' -> 'c';
            default -> l;
        };
    }
}
