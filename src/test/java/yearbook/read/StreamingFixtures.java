package yearbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Synthetic large workbooks for the size tests, written with POI's streaming writer
 * (SXSSF): the functional corpus stays LibreOffice-made, these only need to be big and
 * well-formed. Values are a function of the row number, so a test can check any day
 * without keeping the file's content.
 */
final class StreamingFixtures {

    static final LocalDate FIRST_DAY = LocalDate.of(1900, 3, 1);
    static final String[] HEADER = { "日期", "站点", "SO2", "NO2", "PM10", "CO", "O3", "O3_8h", "PM2.5", "AQI" };

    private StreamingFixtures() {
    }

    /** Day i (from 0) of a station file. */
    static LocalDate day(int i) {
        return FIRST_DAY.plusDays(i);
    }

    /**
     * The concentrations of day i: SO2, NO2, PM10, CO (mg/m³, one decimal), O3, O3_8h,
     * PM2.5; then AQI.
     */
    static double[] values(int i) {
        return new double[] { 5 + i % 20, 20 + i % 40, 40 + i % 60, (5 + i % 15) / 10.0, 60 + i % 50, 50 + i % 45,
                20 + i % 30, 50 + i % 100 };
    }

    /**
     * A 空气质量日报 of one station, one row a day with a 站点 column (a multi-year export),
     * header on the second row. sharedStrings: texts in the shared-strings part (as Excel
     * writes) or inline (SXSSF's default).
     * @param longText when not null, written in column K of the first data row (a cell no
     * Excel could make)
     */
    static void stationWorkbook(Path out, int days, boolean sharedStrings, String longText) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, sharedStrings)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("日报");
            sheet.createRow(0).createCell(0).setCellValue("唐闸公园站 空气质量日报");
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < days; i++) {
                Row row = sheet.createRow(i + 2);
                Cell d = row.createCell(0);
                d.setCellValue(day(i));
                d.setCellStyle(date);
                row.createCell(1).setCellValue("唐闸公园");
                double[] v = values(i);
                for (int c = 0; c < v.length; c++) {
                    row.createCell(c + 2).setCellValue(v[c]);
                }
                if (i == 0 && longText != null) {
                    row.createCell(10).setCellValue(longText);
                }
            }
            write(wb, out);
        }
    }

    /**
     * A sheet of two columns, one row after another: 指标名称 | 本期 header, then rows rows.
     */
    static void reportWithRows(Path out, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("报表");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("指标名称");
            header.createCell(1).setCellValue("本期");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("行" + i);
                row.createCell(1).setCellValue(i);
            }
            write(wb, out);
        }
    }

    /**
     * A small station file with many empty sheets added to its package (SXSSF would take
     * minutes for 10,000 sheets): before the data sheet (dataLast) or after it.
     */
    static void manySheets(Path out, int emptySheets, boolean dataLast) throws IOException {
        Path small = out.resolveSibling("small-" + out.getFileName());
        stationWorkbook(small, 3, true, null);
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        StringBuilder types = new StringBuilder();
        for (int i = 1; i <= emptySheets; i++) {
            sheets.append("<sheet name=\"空表")
                .append(i)
                .append("\" r:id=\"rIdE")
                .append(i)
                .append("\" sheetId=\"")
                .append(1000 + i)
                .append("\"/>");
            rels.append("<Relationship Id=\"rIdE")
                .append(i)
                .append("\" Target=\"worksheets/empty")
                .append(i)
                .append(".xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/>");
            types.append(
                    "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\" ")
                .append("PartName=\"/xl/worksheets/empty")
                .append(i)
                .append(".xml\"/>");
        }
        byte[] empty = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")
            .getBytes(StandardCharsets.UTF_8);
        try (ZipFile in = new ZipFile(small.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String xml;
                try (InputStream is = in.getInputStream(e)) {
                    xml = new String(is.readAllBytes(), StandardCharsets.UTF_8);
                }
                switch (e.getName()) {
                    case "xl/workbook.xml" -> xml = dataLast ? xml.replace("<sheets>", "<sheets>" + sheets)
                            : xml.replace("</sheets>", sheets + "</sheets>");
                    case "xl/_rels/workbook.xml.rels" ->
                        xml = xml.replace("</Relationships>", rels + "</Relationships>");
                    case "[Content_Types].xml" -> xml = xml.replace("</Types>", types + "</Types>");
                    default -> {
                    }
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (int i = 1; i <= emptySheets; i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/empty" + i + ".xml"));
                zip.write(empty);
                zip.closeEntry();
            }
        }
    }

    /**
     * A station file with a cell no spreadsheet program writes (POI and Excel stop at
     * 32,767 characters): the placeholder text of a cell is replaced in the package's
     * XML.
     */
    static void stationWithLongCell(Path out, boolean sharedStrings, String longText) throws IOException {
        Path small = out.resolveSibling("placeholder-" + out.getFileName());
        stationWorkbook(small, 10, sharedStrings, "LONG_CELL_PLACEHOLDER");
        try (ZipFile in = new ZipFile(small.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String xml;
                try (InputStream is = in.getInputStream(e)) {
                    xml = new String(is.readAllBytes(), StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(xml.replace("LONG_CELL_PLACEHOLDER", longText).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    /**
     * A copy of a real workbook with an incompressible picture-like part added to reach
     * the given size.
     */
    static void padded(Path workbook, Path out, long bytes) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            copy(in, zip, null, null);
            zip.putNextEntry(new ZipEntry("xl/media/image1.png"));
            byte[] chunk = new byte[1 << 20];
            Random random = new Random(1);
            for (long done = 0; done < bytes; done += chunk.length) {
                random.nextBytes(chunk);
                zip.write(chunk);
            }
            zip.closeEntry();
        }
    }

    /**
     * A copy of a real workbook whose first sheet's XML is followed by expandedBytes of
     * blanks: compresses >1000×.
     */
    static void bomb(Path workbook, Path out, long expandedBytes) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            copy(in, zip, "xl/worksheets/sheet1.xml", expandedBytes);
        }
    }

    private static void copy(ZipFile in, ZipOutputStream zip, String inflate, Long blanks) throws IOException {
        Enumeration<? extends ZipEntry> entries = in.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            zip.putNextEntry(new ZipEntry(e.getName()));
            try (InputStream is = in.getInputStream(e)) {
                if (e.getName().equals(inflate)) {
                    String xml = new String(is.readAllBytes(), StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (long done = 0; done < blanks; done += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                }
                else {
                    is.transferTo(zip);
                }
            }
            zip.closeEntry();
        }
    }

    private static void write(SXSSFWorkbook wb, Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            wb.write(os);
        }
    }

}
