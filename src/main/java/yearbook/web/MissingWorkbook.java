package yearbook.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import yearbook.model.Period;

/**
 * 催报名单 as a workbook: unit, the periods it owes. Every cell is a text cell (a unit named
 * "=HYPERLINK(…)" stays text: POI never turns a string value into a formula).
 */
final class MissingWorkbook {

    private MissingWorkbook() {
    }

    static byte[] of(SubmissionMatrix.Matrix m, String subdistrict) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("催报名单");
            s.createRow(0).createCell(0).setCellValue(subdistrict + m.year() + "年催报名单(截至" + m.dueThrough() + "月)");
            Row head = s.createRow(1);
            head.createCell(0).setCellValue("单位");
            head.createCell(1).setCellValue("缺报期数");
            head.createCell(2).setCellValue("缺报的报告期");
            int r = 2;
            for (SubmissionMatrix.Row row : m.withMissing()) {
                Row x = s.createRow(r++);
                x.createCell(0).setCellValue(row.unit().name());
                x.createCell(1).setCellValue(row.missing().size());
                x.createCell(2).setCellValue(String.join("、", row.missing().stream().map(Period::label).toList()));
            }
            s.setColumnWidth(0, 20 * 256);
            s.setColumnWidth(2, 60 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

}
