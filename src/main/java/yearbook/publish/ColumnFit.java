package yearbook.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Column widths fitted to what the columns hold. */
final class ColumnFit {

    private static final int MAX_WIDTH_CHARS = 60;

    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

    private ColumnFit() {
    }

    /**
     * Widths from the longest line of each column, counting a CJK character as two
     * (Excel's width unit is the width of a "0"), from firstRow on, so that the title
     * does not count.
     */
    static void fitColumns(Sheet sheet, int columns, int firstRow, int minChars) {
        Widths widths = new Widths(columns);
        // XSSF builds this list anew on every call
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                widths.measure(row, merged);
            }
        }
        widths.apply(sheet, minChars);
    }

    /**
     * The widest line of each column so far, measured row by row as a sheet is written: a
     * sheet whose rows are flushed to disk as they are written (SXSSF's window) cannot be
     * read back.
     */
    static final class Widths {

        private final int[] widest;

        private final Map<String, String> numbersShown = new HashMap<>();

        Widths(int columns) {
            widest = new int[columns];
        }

        /** A row none of whose cells is merged. */
        void measure(Row row) {
            measure(row, List.of());
        }

        void measure(Row row, List<CellRangeAddress> merged) {
            for (int c = 0; c < widest.length; c++) {
                Cell cell = row.getCell(c);
                if (cell == null || merged(merged, row.getRowNum(), c)) {
                    continue;
                }
                // as displayed, with the cell's number format: +6.55个百分点 is wider than
                // 6.55
                String shown = shown(cell, numbersShown);
                for (String line : shown.split("\n")) {
                    widest[c] = Math.max(widest[c], displayWidth(line));
                }
            }
        }

        void apply(Sheet sheet, int minChars) {
            for (int c = 0; c < widest.length; c++) {
                int chars = Math.min(MAX_WIDTH_CHARS, Math.max(minChars, widest[c] + 2));
                sheet.setColumnWidth(c, chars * 256);
            }
        }

    }

    /**
     * What DataFormatter shows, without asking it for text (which it returns as it is)
     * and asking it once per format and number: a city's 2,000-row sheets repeat the same
     * few counts.
     */
    private static String shown(Cell cell, Map<String, String> numbersShown) {
        // getStringCellValue: SXSSF builds a rich text (XML beans) for
        // getRichStringCellValue on every call
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (cell.getCellType() != CellType.NUMERIC) {
            return SHOWN.formatCellValue(cell);
        }
        String key = cell.getCellStyle().getDataFormatString() + "\u0000"
                + Double.doubleToLongBits(cell.getNumericCellValue());
        return numbersShown.computeIfAbsent(key, k -> SHOWN.formatCellValue(cell));
    }

    /** A merged cell (title, note) spans columns: it must not widen the first one. */
    private static boolean merged(List<CellRangeAddress> merged, int row, int col) {
        for (CellRangeAddress a : merged) {
            if (a.isInRange(row, col)) {
                return true;
            }
        }
        return false;
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            w += cp >= 0x2E80 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

}
