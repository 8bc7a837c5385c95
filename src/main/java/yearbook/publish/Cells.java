package yearbook.publish;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * The cell writers of the office's workbooks. Text is only ever written as a STRING cell:
 * a unit or file name such as =HYPERLINK(…) must stay text, so there is no formula writer
 * here at all.
 */
final class Cells {

    private Cells() {
    }

    /**
     * Excel refuses a cell of more text than this; a hostile file can carry a megabyte in
     * one cell.
     */
    static final int MAX_CELL_CHARS = 32_767;

    static Cell string(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(fitCell(value));
        }
        c.setCellStyle(style);
        return c;
    }

    /**
     * The text itself, or its beginning and how long it was when it is longer than a cell
     * can hold.
     */
    static String fitCell(String value) {
        if (value.length() <= MAX_CELL_CHARS) {
            return value;
        }
        int keep = 1_000;
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--;
        }
        return value.substring(0, keep) + "…(内容过长,已截断,原文共" + value.length() + "字)";
    }

    /**
     * The exact value, unrounded: the cell's format does the rounding on screen. Empty
     * when null. A spreadsheet number is a double: a value whose whole part has more than
     * 15 digits would lose digits in it, and one beyond a double's range Excel shows as
     * an error (#DIV/0!, #NUM!); such a value is written as its exact decimal text
     * instead, never overflowed or cut by a conversion. (Decimals beyond 15 digits are
     * rounded by the cell's format anyway.)
     */
    static Cell number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            if (fitsASpreadsheetNumber(value)) {
                c.setCellValue(value.doubleValue());
            }
            else {
                c.setCellValue(value.toPlainString().length() > 40 ? value.toString() : value.toPlainString());
            }
        }
        c.setCellStyle(style);
        return c;
    }

    private static final BigDecimal SPREADSHEET_WHOLE_DIGITS = new BigDecimal("1e15");

    /** Whether a double holds every digit of the value's whole part (Excel keeps 15). */
    static boolean fitsASpreadsheetNumber(BigDecimal value) {
        return value.abs().compareTo(SPREADSHEET_WHOLE_DIGITS) < 0;
    }

    static Cell integer(Row row, int col, long value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

}
