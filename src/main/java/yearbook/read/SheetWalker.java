package yearbook.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Walks POI's user model, for legacy .xls files (BIFF8 holds at most 65,536 rows and the
 * reader refuses large ones before opening, so reading them whole is safe). .xlsx/.xlsm
 * are streamed by {@link StreamingSheetWalker} into the same {@link RowSink} with the
 * same cell semantics. Formulas are never evaluated: a formula cell is read as its cached
 * result, as the clerk last saw it.
 */
final class SheetWalker implements WorkbookWalker {

    /** Excel keeps 15 significant digits; anything beyond is binary noise (0.1+0.2). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    // DataFormatter caches formats in plain maps: one per thread, since files are read in
    // parallel.
    private final ThreadLocal<DataFormatter> formatter = ThreadLocal.withInitial(() -> {
        DataFormatter f = new DataFormatter();
        f.setUseCachedValuesForFormulaCells(true);
        return f;
    });

    @Override
    public void walk(Path file, RowSink sink) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            walk(wb, sink);
        }
    }

    /** The visible sheets, in workbook order. */
    void walk(Workbook wb, RowSink sink) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                continue;
            }
            Sheet sheet = wb.getSheetAt(i);
            if (!sink.startSheet(sheet.getSheetName())) {
                return;
            }
            for (Row row : sheet) {
                List<GridCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    GridCell c = cell(cell);
                    if (!c.isBlank()) {
                        cells.add(c);
                    }
                }
                if (sink.row(row.getRowNum(), cells) != RowSink.Next.MORE) {
                    break;
                }
            }
            if (sink.endSheet()) {
                return;
            }
        }
    }

    private GridCell cell(Cell cell) {
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        String shown;
        try {
            shown = formatter.get().formatCellValue(cell);
        }
        catch (RuntimeException e) {
            shown = "";
        }
        return switch (type) {
            case STRING ->
                new GridCell(r, c, CellKind.TEXT, cell.getStringCellValue(), null, null, cell.getStringCellValue());
            case NUMERIC -> {
                BigDecimal n = decimal(cell.getNumericCellValue());
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield new GridCell(r, c, CellKind.DATE, null, n, cell.getLocalDateTimeCellValue(), shown);
                }
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
        // A whole number below 10^15 is exact in a double and already has at most 15
        // digits: most cells of a report, spared the 50-digit expansion of new
        // BigDecimal(double) and its rounding.
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return BigDecimal.valueOf((long) d);
        }
        BigDecimal b = new BigDecimal(d).round(EXCEL_DIGITS).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    /**
     * {@link #decimal(double)} of the double a cell's stored text parses to, read from
     * the text when it has at most 15 significant digits. Then the two agree exactly: the
     * double is within 2^-53 of the text's value, far less than half a step of the
     * 15-digit grid the text lies on, so rounding it to 15 digits gives the text back.
     */
    static BigDecimal decimal(String text, double d) {
        int significant = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (ch != '0') {
                    leading = false;
                }
                if (!leading) {
                    significant++;
                }
            }
            else if (ch != '.' && !(i == 0 && ch == '-')) {
                return decimal(d);
            }
        }
        if (significant > 15) {
            return decimal(d);
        }
        BigDecimal b = new BigDecimal(text).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        }
        catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

}
