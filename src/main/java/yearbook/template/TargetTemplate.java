package yearbook.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.Source;
import yearbook.catalog.UnitRegistry;

/**
 * The blank 目标任务 workbook of a year (docs/targets.md): one row per indicator for the
 * sub-district, and one per community for the key indicators communities have figures of;
 * 目标类型 as a drop-down, 全年目标 and the split number-only, everything else locked. Rows left
 * blank are not assessed.
 */
public final class TargetTemplate {

    public static final String SHEET = "目标任务";
    static final String[] HEADS;
    static final int FIRST_INPUT = 4; // 目标类型

    static {
        List<String> h = new ArrayList<>(List.of("指标代码", "指标名称", "责任单位", "计量单位", "目标类型", "全年目标"));
        for (int m = 1; m <= 12; m++) {
            h.add(m + "月");
        }
        for (int q = 1; q <= 4; q++) {
            h.add("第" + q + "季度");
        }
        h.add("备注");
        HEADS = h.toArray(String[]::new);
    }

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    public TargetTemplate(IndicatorCatalog catalog, UnitRegistry units) {
        this.catalog = catalog;
        this.units = units;
    }

    /** One row of the blank: an indicator and the unit that would carry its target. */
    public record Line(Indicator indicator, ReportingUnit unit) {
    }

    public List<Line> lines(int year) {
        List<Line> out = new ArrayList<>();
        for (Indicator i : catalog.all()) {
            if (i.kind() != IndicatorKind.GROWTH) {
                out.add(new Line(i, units.subdistrict()));
            }
        }
        for (Indicator i : catalog.all()) {
            if (!i.key() || !communityFigure(i)) {
                continue;
            }
            for (ReportingUnit c : units.communities(year)) {
                out.add(new Line(i, c));
            }
        }
        return out;
    }

    private boolean communityFigure(Indicator i) {
        if (i.source() == Source.COMMUNITY) {
            return true;
        }
        return i.kind() == IndicatorKind.RATE && i.numerator() != null
                && catalog.get(i.numerator()).source() == Source.COMMUNITY;
    }

    /**
     * A concentration at the station is kept under a ceiling; everything else has a
     * floor.
     */
    static String direction(Indicator i) {
        return i.source() == Source.STATION && i.kind() == IndicatorKind.MEASURE && i.unit().contains("立方米") ? "不超过"
                : "至少";
    }

    public void write(int year, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet(SHEET);
            CellStyle locked = wb.createCellStyle();
            locked.setLocked(true);
            CellStyle input = wb.createCellStyle();
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setBorderBottom(BorderStyle.THIN);
            input.setBorderTop(BorderStyle.THIN);
            input.setBorderLeft(BorderStyle.THIN);
            input.setBorderRight(BorderStyle.THIN);
            input.setDataFormat(wb.createDataFormat().getFormat("#,##0.########"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);

            int r = 0;
            sh.createRow(r++).createCell(0).setCellValue(units.subdistrict().name() + year + "年目标任务分解表");
            r = TemplateWorkbook.meta(sh, r, "填报单位", units.subdistrict().name(), locked);
            r = TemplateWorkbook.meta(sh, r, "报告期", year + "年", locked);
            r = TemplateWorkbook.meta(sh, r, "填报人", null, input);
            r = TemplateWorkbook.meta(sh, r, "填报日期", null, input);
            Row note = sh.createRow(r++);
            note.createCell(0).setCellValue("说明");
            note.createCell(1)
                .setCellValue("责任单位为街道的是街道全年目标;目标类型“至少”为不低于目标,“不超过”为上限;比率目标填百分数(如80);"
                        + "分月或分季度的目标填在对应列,各期之和应等于全年目标;不考核的行留空。");
            r++;
            Row h = sh.createRow(r++);
            for (int c = 0; c < HEADS.length; c++) {
                TemplateWorkbook.text(h, c, HEADS[c], header);
            }
            int first = r;
            for (Line line : lines(year)) {
                Row row = sh.createRow(r++);
                Indicator i = line.indicator();
                TemplateWorkbook.text(row, 0, i.code(), locked);
                TemplateWorkbook.text(row, 1, i.name(), locked);
                TemplateWorkbook.text(row, 2, line.unit().name(), locked);
                TemplateWorkbook.text(row, 3, i.unit(), locked);
                TemplateWorkbook.text(row, 4, direction(i), input);
                for (int c = 5; c < HEADS.length; c++) {
                    row.createCell(c).setCellStyle(input);
                }
            }
            int last = r - 1;
            DataValidationHelper dv = sh.getDataValidationHelper();
            DataValidation kind = dv.createValidation(dv.createExplicitListConstraint(new String[] { "至少", "不超过" }),
                    new CellRangeAddressList(first, last, 4, 4));
            kind.setShowErrorBox(true);
            kind.createErrorBox("目标类型", "请选择“至少”或“不超过”。");
            sh.addValidationData(kind);
            DataValidation number = dv.createValidation(
                    dv.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                    new CellRangeAddressList(first, last, 5, HEADS.length - 2));
            number.setShowErrorBox(true);
            number.createErrorBox("只能填数字", "全年目标和分解数只能填写不小于 0 的数字,按“计量单位”列的单位;不考核的留空。");
            sh.addValidationData(number);
            sh.setColumnWidth(0, 22 * 256);
            sh.setColumnWidth(1, 30 * 256);
            sh.setColumnWidth(2, 12 * 256);
            for (int c = 5; c < HEADS.length - 1; c++) {
                sh.setColumnWidth(c, 8 * 256);
            }
            sh.setColumnWidth(HEADS.length - 1, 24 * 256);
            sh.createFreezePane(3, first);
            sh.protectSheet("");
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

}
