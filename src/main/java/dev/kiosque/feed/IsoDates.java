package dev.kiosque.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * ISO 8601 as feeds write it: RFC 3339, W3C-DTF partials ({@code 2003}, {@code 2003-12}),
 * ordinal dates, compact forms ({@code 20031231T101455Z}), two-digit years ({@code 03-12-31},
 * {@code -0312}), a space instead of {@code T} (MS SQL), a fraction, an offset or a zone name.
 */
final class IsoDates {

    private IsoDates() {}

    /** True when {@code s} starts the way an ISO date does (so "10 février" and "08/02/2025" do not). */
    static boolean looksIso(String s) {
        char c0 = s.charAt(0);
        if (c0 == '-') return s.length() > 1 && isDigit(s.charAt(1));
        if (!isDigit(c0)) return false;
        int n = digitRun(s, 0);
        char next = n < s.length() ? s.charAt(n) : 0;
        if (n == 2) return next == '-' && n + 1 < s.length() && isDigit(s.charAt(n + 1));
        return n >= 4 && n <= 8 && next != '/' && next != '.' && next != ',' && !(next == ' ' && n == 4);
    }

    /** The instant, or null when the text is not a valid ISO date. */
    static Instant parse(String s) {
        int t = timeSeparator(s);
        int[] ymd = date(t < 0 ? s : s.substring(0, t));
        if (ymd == null) return null;
        if (t < 0) return Dates.of(ymd[0], ymd[1], ymd[2], 0, 0, 0, 0, 0);
        return time(s, t + 1, ymd);
    }

    /** Index of the T (or space) between date and time, or -1. */
    private static int timeSeparator(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'T' || c == 't' || c == ' ') return i;
        }
        return -1;
    }

    /** {year, month, day} of the date part, or null. */
    private static int[] date(String d) {
        if (d.startsWith("-")) {   // -YY-MM or -YYMM: two-digit year and month
            String r = d.substring(1).replace("-", "");
            if (r.length() != 4 || !allDigits(r)) return null;
            return new int[] {Dates.fullYear(num(r, 0, 2), 2), num(r, 2, 4), 1};
        }
        String[] parts = d.split("-", -1);
        for (String p : parts) {
            if (p.isEmpty() || !allDigits(p)) return null;
        }
        String p0 = parts[0];
        if (parts.length == 1) {
            return switch (p0.length()) {
                case 4 -> new int[] {num(p0, 0, 4), 1, 1};
                case 8 -> new int[] {num(p0, 0, 4), num(p0, 4, 6), num(p0, 6, 8)};
                case 6 -> new int[] {Dates.fullYear(num(p0, 0, 2), 2), num(p0, 2, 4), num(p0, 4, 6)};
                case 7 -> ordinal(num(p0, 0, 4), num(p0, 4, 7));
                case 5 -> ordinal(Dates.fullYear(num(p0, 0, 2), 2), num(p0, 2, 5));
                default -> null;
            };
        }
        if (p0.length() != 4 && p0.length() != 2) return null;
        int year = Dates.fullYear(Integer.parseInt(p0), p0.length());
        if (parts.length == 2) {
            String p1 = parts[1];
            if (p1.length() == 3) return ordinal(year, Integer.parseInt(p1));
            return p1.length() <= 2 ? new int[] {year, Integer.parseInt(p1), 1} : null;
        }
        // three-digit months ("2003-012-31") are a known generator bug; read them
        if (parts.length == 3 && parts[1].length() <= 3 && parts[2].length() <= 2) {
            return new int[] {year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
        }
        return null;
    }

    private static int[] ordinal(int year, int dayOfYear) {
        if (year < 1 || dayOfYear < 1 || dayOfYear > LocalDate.of(year, 1, 1).lengthOfYear()) return null;
        LocalDate d = LocalDate.ofYearDay(year, dayOfYear);
        return new int[] {year, d.getMonthValue(), d.getDayOfMonth()};
    }

    /** Reads {@code HH[:MM[:SS[.frac]]]} or {@code HHMMSS}, then the zone, from index {@code i}. */
    private static Instant time(String s, int i, int[] ymd) {
        int n = s.length();
        while (i < n && s.charAt(i) == ' ') i++;
        int[] hms = {0, 0, 0};
        int run = digitRun(s, i);
        if (run == 4 || run == 6) {   // compact time
            hms[0] = num(s, i, i + 2);
            hms[1] = num(s, i + 2, i + 4);
            if (run == 6) hms[2] = num(s, i + 4, i + 6);
            i += run;
        } else {
            for (int field = 0; field < 3; field++) {
                run = digitRun(s, i);
                if (run < 1 || run > 2) return field == 0 && i == n ? Dates.of(ymd[0], ymd[1], ymd[2], 0, 0, 0, 0, 0) : null;
                hms[field] = num(s, i, i + run);
                i += run;
                if (field < 2 && i < n && s.charAt(i) == ':') i++;
                else break;
            }
        }
        int nanos = 0;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            int fr = digitRun(s, i + 1);
            if (fr == 0) return null;
            nanos = fraction(s, i + 1, i + 1 + fr);
            i += 1 + fr;
        }
        Integer offset = zone(s, i);
        if (offset == null) return null;
        return Dates.of(ymd[0], ymd[1], ymd[2], hms[0], hms[1], hms[2], nanos, offset);
    }

    /** The offset in seconds written from {@code i} to the end (none means UTC), or null if invalid. */
    private static Integer zone(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) == ' ') i++;
        if (i == n) return 0;
        char c = s.charAt(i);
        if ((c == 'Z' || c == 'z') && i == n - 1) return 0;
        if (c == '+' || c == '-') {
            Integer off = signedOffset(s, i + 1, n);
            return off == null ? null : c == '-' ? -off : off;
        }
        Integer named = DateWords.zone(s.substring(i).toLowerCase(Locale.ROOT), true);
        return named == null ? null : named * 60;
    }

    /** {@code HH}, {@code HHMM} or {@code HH:MM} between {@code from} and {@code to}, in seconds. */
    static Integer signedOffset(String s, int from, int to) {
        String z = s.substring(from, to).strip();
        int h;
        int m = 0;
        int colon = z.indexOf(':');
        if (colon >= 0) {
            if (!allDigits(z.substring(0, colon)) || !allDigits(z.substring(colon + 1))
                    || colon == 0 || colon > 2 || z.length() - colon - 1 != 2) return null;
            h = Integer.parseInt(z.substring(0, colon));
            m = Integer.parseInt(z.substring(colon + 1));
        } else if (allDigits(z) && (z.length() == 4 || z.length() == 3)) {
            h = Integer.parseInt(z.substring(0, z.length() - 2));
            m = Integer.parseInt(z.substring(z.length() - 2));
        } else if (allDigits(z) && (z.length() == 2 || z.length() == 1)) {
            h = Integer.parseInt(z);
        } else {
            return null;
        }
        return Dates.validOffset(h, m) ? h * 3600 + m * 60 : null;
    }

    static int fraction(String s, int from, int to) {
        int nanos = 0;
        int scale = 100_000_000;
        for (int i = from; i < to && scale > 0; i++, scale /= 10) nanos += (s.charAt(i) - '0') * scale;
        return nanos;
    }

    static int digitRun(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) j++;
        return j - i;
    }

    static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) return false;
        }
        return true;
    }
}
