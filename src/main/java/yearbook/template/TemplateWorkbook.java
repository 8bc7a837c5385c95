package yearbook.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import yearbook.catalog.Group;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.Source;
import yearbook.catalog.UnitKind;
import yearbook.model.Period;

/**
 * A blank 统计报表 for one unit and period: metadata filled in, one row per indicator the
 * unit reports (with its catalog code and unit), number-only input cells (Excel data
 * validation), and everything else locked, so that a clerk can only type where a figure
 * belongs.
 */
public final class TemplateWorkbook {

    public static final String SHEET = "报表";

    /** Column of 本期 (D) and 上年同期 (E), as the contract's layout has them. */
    static final int CODE = 0, NAME = 1, UNIT = 2, VALUE = 3, PRIOR = 4, NOTE = 5;

    private final IndicatorCatalog catalog;

    public TemplateWorkbook(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The indicators a unit reports: the community ones for a community, the street ones
     * for the sub-district.
     */
    public List<Indicator> indicatorsFor(ReportingUnit unit) {
        Source source = unit.kind() == UnitKind.SUBDISTRICT ? Source.STREET : Source.COMMUNITY;
        return catalog.reported().stream().filter(i -> i.source() == source).toList();
    }

    public void write(ReportingUnit unit, Period period, Path file) throws IOException {
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
            CellStyle section = wb.createCellStyle();
            section.setFont(bold);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle title = wb.createCellStyle();
            title.setFont(titleFont);

            int r = 0;
            text(sh.createRow(r++), 0,
                    catalog.title() + "(" + (unit.kind() == UnitKind.SUBDISTRICT ? "街道" : "社区") + "统计报表)", title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, NOTE));
            r = meta(sh, r, "填报单位", unit.name(), locked);
            r = meta(sh, r, "报告期", period.label(), locked);
            r = meta(sh, r, "填报人", null, input);
            r = meta(sh, r, "联系电话", null, input);
            r = meta(sh, r, "填报日期", null, input);
            r++;
            Row h = sh.createRow(r++);
            String[] heads = { "指标代码", "指标名称", "计量单位", "本期", "上年同期", "备注" };
            for (int c = 0; c < heads.length; c++) {
                text(h, c, heads[c], header);
            }
            int firstData = r;
            String[] numerals = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
            int g = 0;
            List<Indicator> mine = indicatorsFor(unit);
            for (Group group : catalog.groups()) {
                List<Indicator> rows = mine.stream().filter(i -> i.group().equals(group.code())).toList();
                if (rows.isEmpty()) {
                    continue;
                }
                text(sh.createRow(r++), 0, numerals[Math.min(g++, numerals.length - 1)] + "、" + group.name(), section);
                for (Indicator i : rows) {
                    Row row = sh.createRow(r++);
                    text(row, CODE, i.code(), locked);
                    text(row, NAME, (i.parent() != null ? "其中:" : "") + i.name(), locked);
                    text(row, UNIT, i.unit(), locked);
                    row.createCell(VALUE).setCellStyle(input);
                    row.createCell(PRIOR).setCellStyle(input);
                    row.createCell(NOTE).setCellStyle(input);
                }
            }
            int lastData = r - 1;
            DataValidationHelper dv = sh.getDataValidationHelper();
            DataValidationConstraint number = dv
                .createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            DataValidation v = dv.createValidation(number, new CellRangeAddressList(firstData, lastData, VALUE, PRIOR));
            v.setShowErrorBox(true);
            v.createErrorBox("只能填数字", "本期、上年同期只能填写不小于 0 的数字;没有发生的填 0,不适用的请留空并在备注中说明。");
            v.setShowPromptBox(true);
            v.createPromptBox("填写说明", "请按“计量单位”列的单位填写数字。");
            sh.addValidationData(v);
            sh.setColumnWidth(CODE, 24 * 256);
            sh.setColumnWidth(NAME, 34 * 256);
            sh.setColumnWidth(UNIT, 10 * 256);
            sh.setColumnWidth(VALUE, 14 * 256);
            sh.setColumnWidth(PRIOR, 14 * 256);
            sh.setColumnWidth(NOTE, 30 * 256);
            sh.createFreezePane(0, firstData);
            sh.setFitToPage(true);
            sh.getPrintSetup().setFitWidth((short) 1);
            sh.getPrintSetup().setFitHeight((short) 0);
            sh.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            // Protection without a password: it guards against slips, not against a
            // determined user.
            sh.protectSheet("");
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /**
     * Shared with {@link TargetTemplate}: a label and its value cell, as the reader's
     * metadata block expects.
     */
    static int meta(XSSFSheet sh, int r, String label, String value, CellStyle valueStyle) {
        Row row = sh.createRow(r);
        row.createCell(0).setCellValue(label);
        Cell v = row.createCell(1);
        if (value != null) {
            v.setCellValue(value);
        }
        v.setCellStyle(valueStyle);
        return r + 1;
    }

    static void text(Row row, int col, String s, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(s);
        c.setCellStyle(style);
    }

}
