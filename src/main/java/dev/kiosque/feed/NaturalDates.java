package dev.kiosque.feed;

import java.time.Instant;
import java.util.List;

/**
 * The tolerant scanner for dates that are not ISO: RFC 822/1123 and their real-world variants
 * (no weekday, two-digit year, no seconds, named or military zones, {@code GMT+01:00}), asctime,
 * and English or French text. Words it does not know ("Publié", "le", "à") are skipped; a month
 * name, a day and a year are required.
 */
final class NaturalDates {

    private int year = -1;
    private int yearDigits;
    private int month;
    private boolean monthFromMar;     // "mar" is March in English but mardi (Tuesday) in French
    private int day = -1;
    private int hour = -1;
    private int minute;
    private int second;
    private int nanos;
    private int meridiem;             // 0 none, 1 am, 2 pm
    private Integer offsetSeconds;
    private boolean afterUtcWord;     // "GMT+1", "UTC-05:00"
    private boolean invalid;
    private boolean korean;           // 년/월/일 or 오전/오후 seen: a KST date
    private int lastValue = -1;       // the last plain number, and where it went
    private char lastRole;            // 'd' day, 'y' year, 0 ignored
    private boolean isoDate;          // 2004-05-25 read here: every word must then be known
    private boolean unknownWord;

    private NaturalDates() {}

    /** English weekday and month abbreviations, as RFC 822 writes them. */
    private static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    static Instant parse(String s) {
        // Fast path: most feeds write exactly "Sun, 29 Nov 2026 03:35:00 +0000"; the scanner reads it the same way.
        int[] f = strictRfc822(s);
        if (f != null) return Dates.of(f[0], f[1], f[2], f[3], f[4], f[5], 0, f[6]);
        return scanned(s);
    }

    /** The date the token scanner reads in {@code s}, or null. */
    static Instant scanned(String s) {
        NaturalDates d = new NaturalDates();
        d.scan(s);
        return d.result();
    }

    /**
     * The fields (year, month, day, hour, minute, second, offset in seconds) of a date written
     * exactly {@code Www, D[D] Mmm YYYY HH:MM:SS} then {@code GMT} or {@code +HHMM}, else null.
     */
    static int[] strictRfc822(String s) {
        int n = s.length();
        if (n < 27 || n > 31 || s.charAt(3) != ',' || s.charAt(4) != ' ' || !WEEKDAYS.contains(s.substring(0, 3))) return null;
        int dayDigits = IsoDates.digitRun(s, 5);
        if (dayDigits < 1 || dayDigits > 2 || s.charAt(5 + dayDigits) != ' ') return null;
        int i = 6 + dayDigits;   // the month; then " YYYY HH:MM:SS " and the zone
        int zone = n - i - 18;
        if (zone != 3 && zone != 5 || s.charAt(i + 3) != ' ' || s.charAt(i + 8) != ' ' || s.charAt(i + 11) != ':'
                || s.charAt(i + 14) != ':' || s.charAt(i + 17) != ' ') return null;
        int month = MONTHS.indexOf(s.substring(i, i + 3)) + 1;
        if (month == 0 || !digits(s, i + 4, i + 8) || !digits(s, i + 9, i + 11) || !digits(s, i + 12, i + 14)
                || !digits(s, i + 15, i + 17)) return null;
        int z = i + 18;
        int offset;
        if (zone == 3 && s.startsWith("GMT", z)) {
            offset = 0;
        } else if (zone == 5 && (s.charAt(z) == '+' || s.charAt(z) == '-') && digits(s, z + 1, n)) {
            Integer off = IsoDates.signedOffset(s, z + 1, n);
            if (off == null) return null;   // the scanner decides what an impossible zone means
            offset = s.charAt(z) == '-' ? -off : off;
        } else {
            return null;
        }
        return new int[] {IsoDates.num(s, i + 4, i + 8), month, IsoDates.num(s, 5, 5 + dayDigits),
            IsoDates.num(s, i + 9, i + 11), IsoDates.num(s, i + 12, i + 14), IsoDates.num(s, i + 15, i + 17), offset};
    }

    private static boolean digits(String s, int from, int to) {
        return IsoDates.digitRun(s, from) >= to - from;
    }

    private void scan(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !invalid) {
            char c = s.charAt(i);
            if (IsoDates.isDigit(c)) {
                i = number(s, i);
            } else if ((c == '+' || c == '-') && i + 1 < n && (hour >= 0 || afterUtcWord)) {
                i = offset(s, i);
            } else if (Character.isLetter(c)) {
                i = word(s, i);
            } else {
                i++;
            }
        }
    }

    private int number(String s, int i) {
        int n = s.length();
        int run = IsoDates.digitRun(s, i);
        int end = i + run;
        char next = end < n ? s.charAt(end) : 0;
        boolean digitAfter = end + 1 < n && IsoDates.isDigit(s.charAt(end + 1));
        if (next == ':' && digitAfter) return clock(s, i);
        if ((next == 'h' || next == 'H') && run <= 2 && (digitAfter || end + 1 >= n || !Character.isLetter(s.charAt(end + 1)))) {
            hour = IsoDates.num(s, i, end);   // French "07h40", "18h"
            int mRun = digitAfter ? IsoDates.digitRun(s, end + 1) : 0;
            minute = mRun > 0 ? IsoDates.num(s, end + 1, end + 1 + mRun) : 0;
            return end + 1 + mRun;
        }
        boolean isoLike = next == '-' && run == 4;   // 2004-05-25 followed by words
        if ((next == '/' || next == '.' || isoLike) && digitAfter && year < 0) {
            isoDate |= isoLike;
            return numericDate(s, i, next);
        }
        int value = run > 9 ? Integer.MAX_VALUE : IsoDates.num(s, i, end);
        lastValue = value;
        lastRole = 0;
        if (run >= 3 || value > 31) {
            if (year < 0) {
                year = value;
                yearDigits = run;
                lastRole = 'y';
            }
        } else if (day < 0) {
            day = value;
            lastRole = 'd';
        } else if (year < 0) {
            year = value;
            yearDigits = run;
            lastRole = 'y';
        }
        return end;
    }

    /** {@code H:MM[:SS[.frac]]}; a fourth group makes the whole date invalid. */
    private int clock(String s, int i) {
        int[] f = new int[3];
        int count = 0;
        int j = i;
        while (true) {
            int run = IsoDates.digitRun(s, j);
            if (run == 0 || run > 2 || count == 3) {
                invalid = true;
                return s.length();
            }
            f[count++] = IsoDates.num(s, j, j + run);
            j += run;
            if (j < s.length() && s.charAt(j) == ':' && j + 1 < s.length() && IsoDates.isDigit(s.charAt(j + 1))) j++;
            else break;
        }
        if (count == 3 && j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ',') && IsoDates.isDigit(s.charAt(j + 1))) {
            int fr = IsoDates.digitRun(s, j + 1);
            nanos = IsoDates.fraction(s, j + 1, j + 1 + fr);
            j += 1 + fr;
        }
        hour = f[0];
        minute = f[1];
        second = count == 3 ? f[2] : 0;
        return j;
    }

    /** {@code 08/02/2025} (day first), {@code 2006/09/15} (year first), {@code 8.2.2025}. */
    private int numericDate(String s, int i, char sep) {
        int[] v = new int[3];
        int[] len = new int[3];
        int count = 0;
        int j = i;
        while (count < 3) {
            int run = IsoDates.digitRun(s, j);
            if (run == 0 || run > 4) break;
            v[count] = IsoDates.num(s, j, j + run);
            len[count++] = run;
            j += run;
            if (count < 3 && j + 1 < s.length() && s.charAt(j) == sep && IsoDates.isDigit(s.charAt(j + 1))) j++;
            else break;
        }
        if (count < 3) {
            invalid = true;
            return s.length();
        }
        if (len[0] == 4) {
            year = v[0];
            yearDigits = 4;
            month = v[1];
            day = v[2];
        } else {
            boolean monthFirst = v[1] > 12 && v[0] <= 12;   // 02/28/2025 can only be US order
            day = monthFirst ? v[1] : v[0];
            month = monthFirst ? v[0] : v[1];
            year = v[2];
            yearDigits = len[2];
        }
        return j;
    }

    /** A signed offset after a time or a UTC word: {@code +0100}, {@code -05:00}, {@code +1}. */
    private int offset(String s, int i) {
        int j = i + 1;
        int run = IsoDates.digitRun(s, j);
        if (run == 0) {   // "+zz:00": a sign where a zone belongs, with garbage after it
            invalid = hour >= 0;
            return j;
        }
        int end = j + run;
        if (run <= 2 && end + 1 < s.length() && s.charAt(end) == ':') {
            int mRun = IsoDates.digitRun(s, end + 1);
            if (mRun != 2) {
                invalid = true;
                return s.length();
            }
            end = end + 1 + mRun;
        }
        Integer off = IsoDates.signedOffset(s, j, end);
        if (off == null) {
            invalid = true;
            return s.length();
        }
        offsetSeconds = s.charAt(i) == '-' ? -off : off;
        return end;
    }

    private int word(String s, int i) {
        int n = s.length();
        int j = i;
        StringBuilder w = new StringBuilder(12);
        while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '/' && w.toString().equals("etc"))) {
            w.append(DateWords.fold(s.charAt(j)));
            j++;
        }
        String word = w.toString();
        if (korean(word)) return j;
        int m = DateWords.month(word);
        if (m > 0) {
            if (month == 0 || monthFromMar) {
                month = m;
                monthFromMar = word.equals("mar");
            }
            return j;
        }
        if ((word.equals("a") || word.equals("p")) && j + 1 < n && s.charAt(j) == '.' && (s.charAt(j + 1) == 'm' || s.charAt(j + 1) == 'M')) {
            meridiem = word.equals("a") ? 1 : 2;
            return j + 2;
        }
        if (word.equals("am") || word.equals("pm")) {
            meridiem = word.equals("am") ? 1 : 2;
            return j;
        }
        Integer zone = DateWords.zone(word, hour >= 0);
        if (zone != null) {
            offsetSeconds = zone * 60;
            afterUtcWord = zone == 0;
            return j;
        }
        char c = s.charAt(i);
        if (word.length() == 1 && hour >= 0 && c >= 'A' && c <= 'Z') {
            Integer mil = DateWords.military(c);
            if (mil != null) offsetSeconds = mil * 60;
        } else if (!word.equals("t")) {
            unknownWord = true;
        }
        return j;
    }

    /** Reads a Korean marker: it says what the number before it was. */
    private boolean korean(String word) {
        boolean marker = word.equals(DateWords.KO_YEAR) || word.equals(DateWords.KO_MONTH) || word.equals(DateWords.KO_DAY);
        if (marker && lastValue >= 0) {
            if (lastRole == 'd' && day == lastValue) day = -1;
            if (lastRole == 'y' && year == lastValue) year = -1;
            if (word.equals(DateWords.KO_YEAR)) {
                year = lastValue;
                yearDigits = 4;
            } else if (word.equals(DateWords.KO_MONTH)) {
                month = lastValue;
            } else {
                day = lastValue;
            }
            lastValue = -1;
        } else if (word.equals(DateWords.KO_AM) || word.equals(DateWords.KO_PM)) {
            meridiem = word.equals(DateWords.KO_AM) ? 1 : 2;
        } else if (!marker) {
            return false;
        }
        korean = true;
        return true;
    }

    private Instant result() {
        if (invalid || year < 0 || month == 0 || day < 0 || isoDate && unknownWord) return null;
        int h = Math.max(hour, 0);
        if (meridiem == 2 && h < 12) h += 12;
        if (meridiem == 1 && h == 12) h = 0;
        int y = Dates.fullYear(year, yearDigits);
        int offset = offsetSeconds != null ? offsetSeconds : korean ? DateWords.KST_MINUTES * 60 : 0;
        return Dates.of(y, month, day, h, minute, second, nanos, offset);
    }
}
