package dev.kiosque.render;

import dev.kiosque.render.Line.Style;
import dev.kiosque.text.DisplayWidth;
import dev.kiosque.text.PlainText;
import dev.kiosque.text.Truncate;
import dev.kiosque.text.Wrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table as text: aligned columns measured by display width, with a rule under the header row,
 * when it fits the width; otherwise one row a line, cells joined by " | " and wrapped. The caption
 * goes above either way.
 */
final class TableLayout {

    private static final String COLUMN_GAP = "  ";
    private static final String CELL_SEPARATOR = " | ";
    private static final String ROW_CONTINUATION = "  ";
    private static final char RULE = '─';
    /** Cells made of digits and number punctuation are right-aligned when a whole column is. */
    private static final Pattern NUMBER = Pattern.compile("[-+−]?[\\d\\s.,'\u202F\u00A0]*\\d[\\d\\s.,'\u202F\u00A0]*[%‰€$£¥]?");

    private TableLayout() {}

    static List<Line> lines(List<List<String>> rawRows, String caption, int width) {
        List<Line> out = new ArrayList<>();
        for (String l : Wrapper.of(width).wrap(caption)) out.add(new Line(l.replace('\u00A0', ' '), Style.CAPTION));
        List<List<String>> rows = clean(rawRows);
        if (rows.isEmpty()) return out;
        int[] widths = columnWidths(rows);
        int total = COLUMN_GAP.length() * (widths.length - 1);
        for (int w : widths) total += w;
        if (total <= width) aligned(rows, widths, out);
        else oneRowALine(rows, width, out);
        return out;
    }

    private static void aligned(List<List<String>> rows, int[] widths, List<Line> out) {
        boolean[] numeric = numericColumns(rows, widths.length);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                if (c > 0) line.append(COLUMN_GAP);
                String cell = c < row.size() ? row.get(c) : "";
                line.append(numeric[c] ? Truncate.padStart(cell, widths[c]) : Truncate.pad(cell, widths[c]));
            }
            out.add(new Line(line.toString().stripTrailing(), Style.TABLE));
            if (r == 0 && rows.size() > 1) out.add(new Line(rule(widths), Style.TABLE));
        }
    }

    private static void oneRowALine(List<List<String>> rows, int width, List<Line> out) {
        Wrapper wrapper = Wrapper.of(width).withPrefixes("", ROW_CONTINUATION);
        for (List<String> row : rows) {
            for (String l : wrapper.wrap(String.join(CELL_SEPARATOR, row))) out.add(new Line(l, Style.TABLE));
        }
    }

    private static String rule(int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) s.append(COLUMN_GAP);
            s.append(String.valueOf(RULE).repeat(widths[c]));
        }
        return s.toString().stripTrailing();
    }

    /** Cells sanitised to one line each; rows with no text at all are dropped. */
    private static List<List<String>> clean(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            boolean any = false;
            for (String cell : row) {
                String c = cell == null ? "" : PlainText.line(cell);
                any |= !c.isEmpty();
                cells.add(c);
            }
            if (any) out.add(cells);
        }
        return out;
    }

    private static int[] columnWidths(List<List<String>> rows) {
        int columns = 0;
        for (List<String> row : rows) columns = Math.max(columns, row.size());
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
        }
        return widths;
    }

    /** A column is numeric, and right-aligned header included, when every non-empty body cell is a number. */
    private static boolean[] numericColumns(List<List<String>> rows, int columns) {
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            boolean any = false;
            boolean all = true;
            for (int r = 1; r < rows.size() && all; r++) {
                List<String> row = rows.get(r);
                String cell = c < row.size() ? row.get(c) : "";
                if (cell.isEmpty()) continue;
                any = true;
                all = NUMBER.matcher(cell).matches();
            }
            numeric[c] = any && all;
        }
        return numeric;
    }
}
