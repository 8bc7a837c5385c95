package yearbook.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One community's own sheet of validation-&lt;year&gt;.xlsx as a workbook of its own:
 * what the office used to mail each community. Every other sheet (the 汇总 of all units
 * included) is removed, so a community sees its findings and no one else's.
 */
final class ValidationSheet {

    private ValidationSheet() {
    }

    /**
     * Empty when the report has no sheet for the unit (it sent nothing and owes nothing).
     */
    static Optional<byte[]> of(Path validationReport, String unitName) throws IOException {
        String sheet = WorkbookUtil.createSafeSheetName(unitName);
        try (InputStream in = Files.newInputStream(validationReport); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int keep = wb.getSheetIndex(sheet);
            if (keep < 0) {
                return Optional.empty();
            }
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
                if (i != keep) {
                    wb.removeSheetAt(i);
                }
            }
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return Optional.of(out.toByteArray());
        }
    }

}
