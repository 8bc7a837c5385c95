package yearbook.publish;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How the office's tables print. */
final class PrintLayout {

    private PrintLayout() {
    }

    /**
     * Printed on A4 landscape, one page wide, the header rows (and the first column,
     * where it names the unit) repeated on every page: the office prints these tables.
     */
    static void printSetup(Sheet sheet, int headerRows, boolean repeatFirstColumn) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRows - 1, headerRows - 1, -1, -1));
        if (repeatFirstColumn) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        }
    }

}
