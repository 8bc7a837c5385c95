package yearbook.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one place that walks POI's user model: turns each visible sheet into a {@link SheetGrid}.
 * A streaming reader for huge sheets can replace this class without touching the rest of the reader.
 * Formulas are never evaluated: a formula cell is read as its cached result, as the clerk last saw it.
 */
final class SheetWalker {
    /** Excel keeps 15 significant digits; anything beyond is binary noise (0.1+0.2). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final int MAX_ROWS = 100_000;

    private final DataFormatter formatter = new DataFormatter();

    SheetWalker() {
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    /** The visible sheets, in workbook order. */
    List<SheetGrid> visibleSheets(Workbook wb) {
        List<SheetGrid> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) continue;
            out.add(grid(wb.getSheetAt(i)));
        }
        return out;
    }

    private SheetGrid grid(Sheet sheet) {
        List<GridCell> cells = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > MAX_ROWS) break;
            for (Cell cell : row) cells.add(cell(cell));
        }
        return new SheetGrid(sheet.getSheetName(), cells);
    }

    private GridCell cell(Cell cell) {
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
        String shown;
        try {
            shown = formatter.formatCellValue(cell);
        } catch (RuntimeException e) {
            shown = "";
        }
        return switch (type) {
            case STRING -> new GridCell(r, c, CellKind.TEXT, cell.getStringCellValue(), null, null, cell.getStringCellValue());
            case NUMERIC -> {
                BigDecimal n = decimal(cell.getNumericCellValue());
                if (DateUtil.isCellDateFormatted(cell))
                    yield new GridCell(r, c, CellKind.DATE, null, n, cell.getLocalDateTimeCellValue(), shown);
                yield new GridCell(r, c, CellKind.NUMBER, null, n, null, shown);
            }
            case BOOLEAN -> new GridCell(r, c, CellKind.BOOLEAN, null, null, null, shown);
            case ERROR -> {
                String code = errorCode(cell.getErrorCellValue());
                yield new GridCell(r, c, CellKind.ERROR, code, null, null, code);
            }
            default -> GridCell.blank(r, c);
        };
    }

    static BigDecimal decimal(double d) {
        BigDecimal b = new BigDecimal(d).round(EXCEL_DIGITS).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
