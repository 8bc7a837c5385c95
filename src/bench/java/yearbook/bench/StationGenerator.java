package yearbook.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One big 空气质量日报 workbook: many stations, many years, a 站点 column and a real date cell per row,
 * the pollutant columns of the sample station file (without AQI, which the program would cross-check).
 */
final class StationGenerator {
    /** @return rows written */
    static long write(Path file, List<SyntheticRegistry.Unit> stations, int daysPerStation, LocalDate lastDay) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, false, true);
        long rows = 0;
        try {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle one = wb.createCellStyle();
            one.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            Sheet s = wb.createSheet("日报");
            s.createRow(0).createCell(0).setCellValue("空气质量日报(多站点)");
            Row u = s.createRow(1);
            u.createCell(0).setCellValue("单位");
            u.createCell(1).setCellValue("微克/立方米(CO为毫克/立方米)");
            String[] header = {"站点", "日期", "SO2", "NO2", "PM10", "CO", "O3", "O3_8h", "PM2.5"};
            Row h = s.createRow(3);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int r = 4;
            LocalDate first = lastDay.minusDays(daysPerStation - 1L);
            for (int k = 0; k < stations.size(); k++) {
                SplittableRandom rnd = new SplittableRandom(k * 31L + 7);
                String name = stations.get(k).name();
                for (int d = 0; d < daysPerStation; d++) {
                    LocalDate day = first.plusDays(d);
                    double season = 1 + 0.5 * Math.cos((day.getDayOfYear() - 15) * 2 * Math.PI / 365);
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue(name);
                    var dc = row.createCell(1);
                    dc.setCellValue(day);
                    dc.setCellStyle(date);
                    double pm25 = Math.round(season * (15 + rnd.nextDouble() * 40));
                    double o38 = Math.round((2.2 - season) * (40 + rnd.nextDouble() * 60));
                    double[] v = {Math.round(4 + rnd.nextDouble() * 10), Math.round(season * (15 + rnd.nextDouble() * 30)),
                            Math.round(pm25 * (1.4 + rnd.nextDouble() * 0.5)), Math.round(season * (5 + rnd.nextDouble() * 7)) / 10.0,
                            Math.round(o38 * (1.1 + rnd.nextDouble() * 0.3)), o38, pm25};
                    for (int c = 0; c < v.length; c++) {
                        row.createCell(2 + c).setCellValue(v[c]);
                    }
                    row.getCell(5).setCellStyle(one);
                    rows++;
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return rows;
        } finally {
            wb.close();
        }
    }
}
