package yearbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;

/**
 * A clerk filling a blank template: a whole number in every 本期 cell, each different, and
 * consistent — a 其中 row below its parent, a rate's numerator below its denominator (整改 ≤
 * 排查, 首针 ≤ 应种): the deeper an indicator sits, the smaller its order of magnitude.
 */
final class FilledTemplate {

    static final int VALUE_COLUMN = 3; // 本期 (D)

    private FilledTemplate() {
    }

    /** Fills the 本期 column in place; returns how many cells were filled. */
    static int fill(Path xlsx, IndicatorCatalog catalog, int seed) throws IOException {
        Map<String, Integer> depth = depths(catalog);
        int filled = 0;
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            XSSFSheet sh = wb.getSheetAt(0);
            for (Row row : sh) {
                Cell code = row.getCell(0);
                Cell value = row.getCell(VALUE_COLUMN);
                if (code == null || value == null || value.getCellStyle().getLocked()) {
                    continue;
                }
                Integer d = depth.get(code.getStringCellValue());
                if (d == null) {
                    continue;
                }
                value.setCellValue(Math.pow(10, 6 - 2 * Math.min(d, 2)) + seed + row.getRowNum());
                filled++;
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        return filled;
    }

    private static Map<String, Integer> depths(IndicatorCatalog catalog) {
        Map<String, Integer> d = new HashMap<>();
        for (Indicator i : catalog.all()) {
            d.put(i.code(), 0);
        }
        for (boolean changed = true; changed;) {
            changed = false;
            for (Indicator i : catalog.all()) {
                if (i.parent() != null && d.getOrDefault(i.parent(), 0) + 1 > d.get(i.code())) {
                    d.put(i.code(), d.get(i.parent()) + 1);
                    changed = true;
                }
                if (i.kind() == IndicatorKind.RATE && i.numerator() != null && i.denominator() != null
                        && d.getOrDefault(i.denominator(), 0) + 1 > d.getOrDefault(i.numerator(), 0)) {
                    d.put(i.numerator(), d.getOrDefault(i.denominator(), 0) + 1);
                    changed = true;
                }
            }
        }
        return d;
    }

}
