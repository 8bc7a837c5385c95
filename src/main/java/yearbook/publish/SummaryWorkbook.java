package yearbook.publish;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import yearbook.catalog.Group;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitKind;
import yearbook.model.Figure;
import yearbook.model.Period;

/**
 * summary-&lt;year&gt;.xlsx for the office: 总览 (the key figures of the sub-district, as
 * in the PDF), one sheet per area with a unit × indicator table, 数据来源 (lineage of every
 * figure) and 催报名单 when a unit has not reported. Values are stored exact, as numbers; the
 * cell format rounds them on screen to the catalog's decimals, so sums in Excel stay
 * exact.
 */
public final class SummaryWorkbook {

    static final String OVERVIEW = "总览";
    static final String LINEAGE = "数据来源";
    static final String MISSING = "催报名单";
    static final String PROGRESS = "目标完成";
    static final String YEARS = "历年";

    /**
     * null: streamed above {@link Workbooks#STREAMED_ABOVE_UNITS} units; otherwise as
     * told (tests compare the two).
     */
    private final Boolean streamed;

    public SummaryWorkbook() {
        this(null);
    }

    SummaryWorkbook(Boolean streamed) {
        this.streamed = streamed;
    }

    private boolean streamed(ReportOrder order) {
        return Workbooks.streamed(streamed, order);
    }

    public void write(YearReport report, Path file) {
        write(report, file, () -> report.lineage().exceeds(SOURCES_IN_SHEET) ? report.lineage().size() : -1);
    }

    /**
     * How many sources are in sources-&lt;year&gt;.csv instead of the sheet, or -1 when
     * none are; may wait for the file.
     */
    @FunctionalInterface
    interface SourcesInCsv {

        long count();

    }

    void write(YearReport report, Path file, SourcesInCsv inCsv) {
        ReportOrder order = new ReportOrder(report);
        Workbooks wb = new Workbooks(report, report.catalog().title() + " " + report.year(), streamed(order));
        overview(wb, report);
        if (!report.progress().isEmpty()) {
            new TargetSheets(wb, report).progress(PROGRESS);
        }
        if (!report.trends().years().isEmpty()) {
            new TargetSheets(wb, report).years(YEARS);
        }
        for (Group g : report.catalog().groups()) {
            area(wb, report, order, g);
        }
        lineage(wb, report, order, inCsv);
        if (!report.missing().isEmpty()) {
            missing(wb, report, order);
        }
        wb.save(file);
    }

    private void overview(Workbooks wb, YearReport report) {
        Sheet s = wb.sheet(OVERVIEW);
        List<String> head = List.of("领域", "指标", "单位", report.year() + "年", (report.year() - 1) + "年", "同比", "标记");
        wb.title(s, report.units().subdistrict().name() + report.year() + "年主要指标", head.size());
        wb.header(s, 1, head);
        int r = 2;
        for (Indicator i : report.catalog().all()) {
            if (!i.key()) {
                continue;
            }
            Row row = s.createRow(r++);
            Cells.string(row, 0, report.catalog().group(i.group()).map(Group::name).orElse(i.group()), wb.text);
            Cells.string(row, 1, i.name(), wb.text);
            Cells.string(row, 2, i.unit(), wb.text);
            Figure f = HeadlineFigure.of(report, i);
            if (f == null) {
                for (int c = 3; c <= 5; c++) {
                    Cells.string(row, c, FigureFormat.NOT_AVAILABLE, wb.dash);
                }
                Cells.string(row, 6, "未汇总到数据", wb.text);
                continue;
            }
            valueOrDash(wb, row, 3, f.value(), wb.number(i.decimals(), f.incomplete() || f.approximate()));
            valueOrDash(wb, row, 4, f.prior(), wb.number(i.decimals(), false));
            valueOrDash(wb, row, 5, f.growth(), wb.numberFormat(growthFormat(i), false));
            Cells.string(row, 6, String.join("、", marks(f, true)), wb.text);
        }
        note(wb, s, r + 1, "注:同比为与上年同期(可比口径)相比;比率类指标的同比为增减百分点。—表示无法计算。", head.size());
        s.createFreezePane(0, 2);
        PrintLayout.printSetup(s, 2, false);
        ColumnFit.fitColumns(s, head.size(), 1, 8);
    }

    /**
     * +14.69% for flows and stocks, +2.50个百分点 for rates: a number, displayed with its
     * unit.
     */
    static String growthFormat(Indicator i) {
        String unit = i.kind() == IndicatorKind.RATE ? "\"个百分点\"" : "\"%\"";
        return "+0.00" + unit + ";-0.00" + unit + ";0.00" + unit;
    }

    private static void valueOrDash(Workbooks wb, Row row, int col, BigDecimal v, CellStyle style) {
        if (v == null) {
            Cells.string(row, col, FigureFormat.NOT_AVAILABLE, wb.dash);
        }
        else {
            Cells.number(row, col, v, style);
        }
    }

    static List<String> marks(Figure f, boolean withComparability) {
        List<String> m = new ArrayList<>();
        if (f.incomplete()) {
            m.add("数据不完整");
        }
        if (f.approximate()) {
            m.add("含约数(余/多)");
        }
        if (withComparability && !f.comparable()) {
            m.add("区划调整,同比不可比");
        }
        return m;
    }

    private void area(Workbooks wb, YearReport report, ReportOrder order, Group g) {
        List<Indicator> indicators = report.catalog().inGroup(g.code());
        if (indicators.isEmpty()) {
            return;
        }
        // the area's indicators only: a province's 20,000 units have forty figures each
        YearFigures figures = report.figures().only(indicators.stream().map(Indicator::code).toList());
        List<ReportingUnit> rows = new ArrayList<>();
        for (ReportingUnit u : order.units()) {
            boolean station = u.kind() == UnitKind.STATION;
            // a station is a row only where it has figures (air quality), communities
            // always
            if (!station || indicators.stream().anyMatch(i -> figures.find(u.code(), i.code()).isPresent())) {
                rows.add(u);
            }
        }
        Sheet s = wb.sheet(g.name());
        int columns = indicators.size() + 1;
        wb.title(s, g.name() + " · " + report.year() + "年各单位数据", Math.min(columns, 8));
        List<String> head = new ArrayList<>();
        head.add("单位");
        for (Indicator i : indicators) {
            head.add(i.name() + "\n(" + i.unit() + ")");
        }
        Row h = wb.header(s, 1, head);
        h.setHeightInPoints(46);
        Drawing<?> drawing = s.createDrawingPatriarch();
        // a province's 20,000 rows per area go to disk a window at a time, the names'
        // column measured as they are written
        if (s instanceof SXSSFSheet streamedSheet) {
            streamedSheet.setRandomAccessWindowSize(ROWS_IN_MEMORY);
        }
        ColumnFit.Widths names = new ColumnFit.Widths(1);
        int r = 2;
        for (ReportingUnit u : rows) {
            Row row = s.createRow(r++);
            Cells.string(row, 0, u.name(), wb.text);
            names.measure(row);
            for (int c = 0; c < indicators.size(); c++) {
                Indicator i = indicators.get(c);
                Figure f = figures.find(u.code(), i.code()).orElse(null);
                if (f == null) {
                    Cells.string(row, c + 1, null, wb.text);
                    continue;
                }
                List<String> marks = marks(f, false);
                Cell cell = Cells.number(row, c + 1, f.value(), wb.number(i.decimals(), !marks.isEmpty()));
                if (!marks.isEmpty()) {
                    comment(wb, drawing, cell, String.join(";", marks));
                }
            }
        }
        note(wb, s, r + 1, "注:黄色底纹的数值数据不完整或含约数(见单元格批注);空白表示该单位没有这一项数据。", Math.min(columns, 8));
        s.createFreezePane(1, 2);
        PrintLayout.printSetup(s, 2, true);
        names.apply(s, 10);
        for (int c = 1; c < columns; c++) {
            // headers wrap onto two lines: half the name, at least the widest number
            int name = ColumnFit.displayWidth(indicators.get(c - 1).name());
            s.setColumnWidth(c, Math.max(12, Math.min(24, name / 2 + 3)) * 256);
        }
    }

    private static void comment(Workbooks wb, Drawing<?> drawing, Cell cell, String text) {
        ClientAnchor anchor = wb.book.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment c = drawing.createCellComment(anchor);
        c.setString(wb.book.getCreationHelper().createRichTextString(text));
        c.setAuthor("yearbook");
        // SXSSF only records the comment on the cell; the comment itself stays where the
        // anchor put it
        if (wb.streamed()) {
            c.setAddress(cell.getAddress());
        }
        cell.setCellComment(c);
    }

    /**
     * Above this many sources the 数据来源 sheet points to sources-&lt;year&gt;.csv instead
     * of listing them.
     */
    static final int SOURCES_IN_SHEET = 100_000;

    /**
     * Rows of a long sheet (数据来源, an area's units) kept in memory when the workbook is
     * streamed.
     */
    private static final int ROWS_IN_MEMORY = 1_000;

    private void lineage(Workbooks wb, YearReport report, ReportOrder order, SourcesInCsv inCsv) {
        Sheet s = wb.sheet(LINEAGE);
        List<String> head = List.of("单位", "指标", "文件", "报告期", "工作表", "单元格", "数值");
        wb.title(s, "数据来源:每个数据取自哪个文件的哪个单元格", head.size());
        Row header = wb.header(s, 1, head);
        long inFile = inCsv.count();
        if (inFile >= 0) {
            Row note = s.createRow(2);
            Cells.string(note, 0, "数据来源共 " + inFile + " 条,超过本表可容纳的 " + SOURCES_IN_SHEET + " 条,完整清单见同一目录下的 sources-"
                    + report.year() + ".csv。", wb.text);
            s.createFreezePane(0, 2);
            return;
        }
        CellStyle general = wb.numberFormat("General", false);
        List<YearReport.Source> sources = report.lineage()
            .toList()
            .stream()
            .sorted(Comparator.comparing(YearReport.Source::unitCode, order.unitCodes())
                .thenComparing(YearReport.Source::indicatorCode, order.indicatorCodes())
                .thenComparing(YearReport.Source::period, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(YearReport.Source::fileName, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
        // Up to 100,000 rows: streamed to disk a window at a time, the columns measured
        // as they are written.
        if (s instanceof SXSSFSheet streamedSheet) {
            streamedSheet.setRandomAccessWindowSize(ROWS_IN_MEMORY);
        }
        ColumnFit.Widths widths = new ColumnFit.Widths(head.size());
        widths.measure(header);
        int r = 2;
        for (YearReport.Source src : sources) {
            Row row = s.createRow(r++);
            Cells.string(row, 0, report.units().nameOf(src.unitCode()), wb.text);
            Cells.string(row, 1,
                    report.catalog().byCode(src.indicatorCode()).map(Indicator::name).orElse(src.indicatorCode()),
                    wb.text);
            Cells.string(row, 2, src.fileName(), wb.text);
            Cells.string(row, 3, periodLabel(src.period()), wb.text);
            Cells.string(row, 4, src.sheet(), wb.text);
            Cells.string(row, 5, src.cell(), wb.text);
            Cells.number(row, 6, src.value(), general);
            widths.measure(row);
        }
        s.createFreezePane(0, 2);
        PrintLayout.printSetup(s, 2, false);
        s.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, head.size() - 1));
        widths.apply(s, 8);
    }

    /** 2022Q3 → 2022年第3季度; a code that is not a period is shown as it is. */
    static String periodLabel(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Period.parseCode(code).label();
        }
        catch (IllegalArgumentException e) {
            return code;
        }
    }

    private void missing(Workbooks wb, YearReport report, ReportOrder order) {
        Sheet s = wb.sheet(MISSING);
        List<String> head = List.of("单位", "未报送的报告期", "缺报期数");
        wb.title(s, "催报名单(截至" + report.compiledOn() + ")", head.size());
        wb.header(s, 1, head);
        int r = 2;
        for (YearReport.Missing m : report.missing()
            .stream()
            .sorted(Comparator.comparing(YearReport.Missing::unitCode, order.unitCodes()))
            .toList()) {
            Row row = s.createRow(r++);
            Cells.string(row, 0, report.units().nameOf(m.unitCode()), wb.text);
            Cells.string(row, 1, String.join("、", m.periods()), wb.wrap);
            Cells.integer(row, 2, m.periods().size(), wb.numberFormat("0", false));
        }
        s.createFreezePane(0, 2);
        PrintLayout.printSetup(s, 2, false);
        ColumnFit.fitColumns(s, head.size(), 1, 10);
    }

    static void note(Workbooks wb, Sheet s, int rowIndex, String text, int columns) {
        Row row = s.createRow(rowIndex);
        row.setHeightInPoints(30);
        Cells.string(row, 0, text, wb.note);
        if (columns > 1) {
            s.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        }
    }

}
