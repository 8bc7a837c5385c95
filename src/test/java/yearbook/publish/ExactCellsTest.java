package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A figure in the office's workbook is never overflowed or cut in double: a value whose
 * whole part a spreadsheet number cannot hold (beyond 15 digits, beyond a double's range)
 * is written as its exact text, where Excel would have shown 1e309 as an error (#DIV/0!,
 * #NUM!) and 20 digits rounded.
 */
class ExactCellsTest {

    @Test
    void aValueADoubleCannotHoldIsWrittenAsItsExactText() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("表").createRow(0);
            Cells.number(row, 0, new BigDecimal("2252"), wb.createCellStyle());
            Cells.number(row, 1, new BigDecimal("88.37"), wb.createCellStyle());
            Cells.number(row, 2, new BigDecimal("1e309"), wb.createCellStyle());
            Cells.number(row, 3, new BigDecimal("12345678901234567890"), wb.createCellStyle());
            Cells.number(row, 4, new BigDecimal("0.1234567890123456789"), wb.createCellStyle());
            Cells.number(row, 5, new BigDecimal("123456789012345"), wb.createCellStyle());
            wb.write(bytes);
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Row row = wb.getSheetAt(0).getRow(0);
            DataFormatter f = new DataFormatter();
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(f.formatCellValue(row.getCell(0))).isEqualTo("2252");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(88.37);
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("1E+309");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("12345678901234567890");
            // decimals beyond 15 digits: a number (the format rounds them on screen)
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            for (int c = 0; c < 6; c++) {
                assertThat(f.formatCellValue(row.getCell(c))).doesNotStartWith("#");
            }
        }
    }

}
