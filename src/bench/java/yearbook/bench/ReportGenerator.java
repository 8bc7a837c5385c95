package yearbook.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.Source;

/**
 * Writes one community's monthly report workbook in the layout of the template command (metadata block,
 * header 指标代码/指标名称/计量单位/本期/上年同期/备注, section title rows), with POI's streaming writer.
 * Values are plausible: seeded per unit and indicator, a 其中 item never exceeds its parent, a stock
 * changes little from month to month, 上年同期 is within ±15 %.
 */
final class ReportGenerator {
    private static final String[] SECTION_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final List<Indicator> indicators;
    private final Map<String, String> groupNames = new HashMap<>();
    /** What bounds an indicator from above: its 其中 parent, or the denominator of a rate it is the numerator of. */
    private final Map<String, String> caps = new HashMap<>();

    ReportGenerator(IndicatorCatalog catalog) {
        this.indicators = catalog.reported().stream().filter(i -> i.source() == Source.COMMUNITY)
                .sorted(Comparator.comparingInt(Indicator::order)).toList();
        catalog.groups().forEach(g -> groupNames.put(g.code(), g.name()));
        for (Indicator i : catalog.all()) {
            if (i.parent() != null) {
                caps.put(i.code(), i.parent());
            }
            if (i.numerator() != null && i.denominator() != null) {
                caps.put(i.numerator(), i.denominator());
            }
        }
    }

    int rowsPerReport() { return indicators.size(); }

    /**
     * What varies between two reports: the metadata block's texts and, per indicator row, 本期 and
     * 上年同期. Both writers (POI's, {@link PatchedReportWriter}) write the same report from it.
     */
    record Report(String title, String unitName, String period, String filer, String phone, String filedOn,
                  List<BigDecimal> values, List<BigDecimal> priors) {
    }

    /** The seeded, plausible figures of one unit's month (the same for both writers). */
    Report report(String unitName, int unitIndex, int year, int month) {
        SplittableRandom unitRandom = new SplittableRandom(unitIndex * 1_000_003L + 17);
        SplittableRandom monthRandom = new SplittableRandom(unitIndex * 1_000_003L + year * 13L + month);
        int filedMonth = month == 12 ? 1 : month + 1;
        int filedYear = month == 12 ? year + 1 : year;
        String filedOn = filedYear + "年" + filedMonth + "月" + (1 + monthRandom.nextInt(9)) + "日";
        Map<String, BigDecimal> written = new HashMap<>();
        List<BigDecimal> values = new ArrayList<>(indicators.size());
        List<BigDecimal> priors = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            BigDecimal v = value(i, unitRandom, monthRandom, month, written.get(caps.get(i.code())));
            written.put(i.code(), v);
            BigDecimal prior = v.multiply(BigDecimal.valueOf(85 + monthRandom.nextInt(31)))
                    .divide(BigDecimal.valueOf(100), i.decimals(), RoundingMode.HALF_UP);
            values.add(v);
            priors.add(prior);
        }
        return new Report(TITLE, unitName, year + "年" + month + "月", "统计员" + (unitIndex % 97),
                String.format("0513-8%07d", (unitIndex * 7919L) % 10_000_000), filedOn, values, priors);
    }

    static final String TITLE = "唐闸镇街道年度统计汇编(社区统计报表)";

    /** @return the number of indicator rows written */
    int write(Path file, String unitName, int unitIndex, int year, int month) throws IOException {
        return write(file, report(unitName, unitIndex, year, month));
    }

    /** Writes a report with POI's streaming writer. @return the number of indicator rows written */
    int write(Path file, Report rep) throws IOException {
        // The shared strings table, as Excel writes it: the reader then meets the same structure as in real files.
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, true);
        try {
            Sheet s = wb.createSheet("报表");
            int r = 0;
            s.createRow(r++).createCell(0).setCellValue(rep.title());
            meta(s, r++, "填报单位", rep.unitName());
            meta(s, r++, "报告期", rep.period());
            meta(s, r++, "填报人", rep.filer());
            meta(s, r++, "联系电话", rep.phone());
            meta(s, r++, "填报日期", rep.filedOn());
            r++;
            Row h = s.createRow(r++);
            String[] header = {"指标代码", "指标名称", "计量单位", "本期", "上年同期", "备注"};
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            String group = null;
            int section = 0;
            int rows = 0;
            for (int k = 0; k < indicators.size(); k++) {
                Indicator i = indicators.get(k);
                if (!i.group().equals(group)) {
                    group = i.group();
                    s.createRow(r++).createCell(0).setCellValue(SECTION_NUMBERS[section++ % 10] + "、" + groupNames.get(group));
                }
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(i.code());
                row.createCell(1).setCellValue(i.name());
                row.createCell(2).setCellValue(i.unit());
                row.createCell(3).setCellValue(rep.values().get(k).doubleValue());
                row.createCell(4).setCellValue(rep.priors().get(k).doubleValue());
                rows++;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return rows;
        } finally {
            wb.close();
        }
    }

    private static void meta(Sheet s, int r, String label, String value) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    /** A monthly figure: a unit's own scale for the indicator, varied by month; a 其中 item is a share of its parent. */
    private static BigDecimal value(Indicator i, SplittableRandom unitRandom, SplittableRandom monthRandom, int month,
                                    BigDecimal cap) {
        double scale = switch (i.unit()) {
            case "万元" -> 50;
            case "平方米" -> 2000;
            case "米" -> 300;
            case "吨" -> 20;
            default -> 30;
        };
        double base = scale * (0.2 + unitRandom.nextDouble() * 1.6);
        double v = i.kind() == IndicatorKind.STOCK
                ? base * (1 + month * 0.002)
                : base * (0.5 + monthRandom.nextDouble());
        BigDecimal d = BigDecimal.valueOf(v).setScale(i.decimals(), RoundingMode.HALF_UP);
        if (cap != null) {
            d = cap.multiply(BigDecimal.valueOf(20 + monthRandom.nextInt(70)))
                    .divide(BigDecimal.valueOf(100), i.decimals(), RoundingMode.DOWN);
        }
        return d;
    }

    static List<Integer> months() {
        List<Integer> m = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            m.add(i);
        }
        return m;
    }
}
