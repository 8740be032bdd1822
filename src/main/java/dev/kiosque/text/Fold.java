package dev.kiosque.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folding for search: case- and accent-insensitive, so that {@code fevrier} finds {@code Février}. */
public final class Fold {

    private Fold() {}

    /** Lower-cases {@code s}, strips combining marks and maps a few ligatures; null becomes "". */
    public static String of(String s) {
        if (s == null || s.isEmpty()) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int c = d.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) continue;
            switch (c) {
                case 'œ', 'Œ' -> out.append("oe");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case '’', '‘' -> out.append('\'');
                default -> out.appendCodePoint(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
