package dev.kiosque.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Tells data tables from layout tables and reads a data table's rows. A table is layout when it
 * is marked so ({@code role=presentation}), holds another table, has a single column or a single
 * row, uses {@code <font>} without header cells, holds blocks of prose in its cells, or has cells
 * longer than {@link ExtractorSettings#maxCellChars()} on average; it is data when it has a
 * caption, header cells or a {@code <thead>}, or else a grid of short cells.
 */
final class Tables {

    private Tables() {}

    static boolean isData(Element table, ExtractorSettings settings) {
        String role = table.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("presentation") || role.equals("none") || table.attr("datatable").equals("0")) return false;
        if (hasNestedTable(table)) return false;
        List<Element> rows = rows(table);
        int columns = 0;
        int cells = 0;
        int cellChars = 0;
        for (Element row : rows) {
            int n = 0;
            for (Element cell : row.children()) {
                if (!isCell(cell)) continue;
                n += Math.max(1, parseSpan(cell.attr("colspan")));
                cells++;
                cellChars += cell.text().length();
                if (cell.selectFirst("p,div,ul,ol,h1,h2,h3,h4,blockquote") != null) return false;
            }
            columns = Math.max(columns, n);
        }
        if (columns < 2 || rows.size() < 2) return false;
        if (cells > 0 && cellChars / cells > settings.maxCellChars()) return false;
        boolean headed = table.selectFirst("caption,thead,th") != null || !table.attr("summary").isEmpty();
        if (!headed && table.selectFirst("font") != null) return false;
        return true;
    }

    /** True when a cell of {@code table} holds another table (looked for row by row, not in depth). */
    private static boolean hasNestedTable(Element table) {
        for (Element row : rows(table)) {
            for (Element cell : row.children()) {
                if (isCell(cell) && cell.selectFirst("table") != null) return true;
            }
        }
        return false;
    }

    /** The rows of {@code table} (not of tables inside it), header rows first as written. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String t = child.normalName();
            if (t.equals("tr")) rows.add(child);
            else if (t.equals("thead") || t.equals("tbody") || t.equals("tfoot")) {
                for (Element r : child.children()) if (r.normalName().equals("tr")) rows.add(r);
            }
        }
        return rows;
    }

    static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    private static int parseSpan(String s) {
        try {
            return s.isEmpty() ? 1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
