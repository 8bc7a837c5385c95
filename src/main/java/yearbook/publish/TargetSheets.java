package yearbook.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import yearbook.catalog.Indicator;
import yearbook.catalog.ReportingUnit;
import yearbook.model.Progress;

/**
 * The 目标完成 and 历年 sheets of summary-&lt;year&gt;.xlsx (docs/targets.md): numbers exact,
 * shown rounded.
 */
final class TargetSheets {

    private final Workbooks wb;

    private final YearReport report;

    private final ReportOrder order;

    TargetSheets(Workbooks wb, YearReport report) {
        this.wb = wb;
        this.report = report;
        this.order = new ReportOrder(report);
    }

    /**
     * Every target: the sub-district's first, then each indicator's communities by rank.
     */
    void progress(String name) {
        Sheet s = wb.sheet(name);
        List<String> head = List.of("指标", "单位", "计量单位", "目标类型", "全年目标", report.periodLabel() + "完成", "完成率(%)",
                "时序进度(%)", "超(+)慢(-)于时序进度(个百分点)", "进度状态", "社区排名", "标记");
        wb.title(s, report.units().subdistrict().name() + report.periodLabel() + "目标任务完成情况", head.size());
        wb.header(s, 1, head).setHeightInPoints(46);
        String sub = report.subdistrictCode();
        List<Progress> rows = new ArrayList<>(report.progress());
        rows.sort(Comparator.<Progress, Integer>comparing(p -> report.catalog().get(p.indicatorCode()).order())
            .thenComparing(p -> !p.unitCode().equals(sub))
            .thenComparing(p -> p.rank() == null ? Integer.MAX_VALUE : p.rank())
            .thenComparing(Progress::unitCode, order.unitCodes()));
        CellStyle pct = wb.number(2, false);
        int r = 2;
        for (Progress p : rows) {
            Indicator i = report.catalog().get(p.indicatorCode());
            Row row = s.createRow(r++);
            Cells.string(row, 0, i.name(), wb.text);
            Cells.string(row, 1, report.units().nameOf(p.unitCode()), wb.text);
            Cells.string(row, 2, i.unit(), wb.text);
            Cells.string(row, 3, p.target().direction().word(), wb.text);
            Cells.number(row, 4, p.target().annual(), wb.numberFormat("General", false));
            value(row, 5, p.actual(), wb.number(i.decimals(), p.incomplete()));
            value(row, 6, p.completion(), pct);
            value(row, 7, p.schedule(), pct);
            value(row, 8, p.gap(), wb.numberFormat("+0.00;-0.00;0.00", false));
            Cells.string(row, 9, p.state().word(), p.state().isBehind() ? wb.alert : wb.text);
            if (p.rank() == null) {
                Cells.string(row, 10, p.unitCode().equals(sub) ? "" : FigureFormat.NOT_AVAILABLE, wb.dash);
            }
            else {
                Cells.integer(row, 10, p.rank(), wb.numberFormat("0", false));
            }
            Cells.string(row, 11, p.incomplete() ? "数据不完整" : p.actual() == null ? "未报送" : "", wb.text);
        }
        SummaryWorkbook.note(wb, s, r + 1, "注:完成率 = 完成数 ÷ 全年目标;时序进度 = 已过月数 ÷ 12(有分月、分季度目标的按分解数累计);"
                + "比率、时点指标的目标全年都要达到,时序进度为100%。“不超过”的目标以不超出为达标。超前、滞后以±"
                + FigureFormat.number(report.catalog().progressTolerance(""), 0) + "个百分点为界。—表示无法计算(目标为0、未报送或缺少分解数)。",
                8);
        s.createFreezePane(2, 2);
        PrintLayout.printSetup(s, 2, true);
        ColumnFit.fitColumns(s, head.size(), 1, 8);
    }

    /**
     * Key indicators by year, per unit; a unit's years before its present area are
     * marked, not joined.
     */
    void years(String name) {
        Sheet s = wb.sheet(name);
        List<Integer> years = new ArrayList<>();
        List<String> yearHeads = new ArrayList<>();
        for (Trends.YearPoint p : report.trends().years().get(0).points()) {
            years.add(p.year());
            yearHeads.add(p.throughMonth() == 12 ? p.year() + "年" : p.year() + "年1-" + p.throughMonth() + "月");
        }
        List<String> head = new ArrayList<>(List.of("指标", "单位", "计量单位"));
        head.addAll(yearHeads);
        head.add("说明");
        wb.title(s, "主要指标历年数据(数据库中最近" + years.size() + "年)", head.size());
        wb.header(s, 1, head);
        List<Trends.YearSeries> series = new ArrayList<>(report.trends().years());
        series
            .sort(Comparator.<Trends.YearSeries, Integer>comparing(x -> report.catalog().get(x.indicatorCode()).order())
                .thenComparing(Trends.YearSeries::unitCode, order.unitCodes()));
        int r = 2;
        for (Trends.YearSeries x : series) {
            Indicator i = report.catalog().get(x.indicatorCode());
            Row row = s.createRow(r++);
            Cells.string(row, 0, i.name(), wb.text);
            Cells.string(row, 1, report.units().nameOf(x.unitCode()), wb.text);
            Cells.string(row, 2, i.unit(), wb.text);
            boolean before = false;
            for (int k = 0; k < x.points().size(); k++) {
                Trends.YearPoint p = x.points().get(k);
                boolean otherArea = p.year() < x.since();
                before |= otherArea && p.value() != null;
                if (p.value() == null) {
                    Cells.string(row, 3 + k, null, wb.text);
                }
                else {
                    Cells.number(row, 3 + k, p.value(), wb.number(i.decimals(), otherArea));
                }
            }
            ReportingUnit u = report.units().byCode(x.unitCode()).orElse(null);
            String note = "";
            if (u != null && x.since() > Integer.MIN_VALUE && x.since() > years.get(0)) {
                note = (u.from() != null && u.from() == x.since() ? x.since() + "年新设" : x.since() + "年区划调整")
                        + (before ? ",此前(黄色)为调整前区域的数据,不可比" : "");
            }
            Cells.string(row, 3 + x.points().size(), note, wb.text);
        }
        SummaryWorkbook.note(wb, s, r + 1, "注:新设或区划调整的社区,调整前的数据属于另一片区域,以黄色标出,不与调整后相连比较。", 8);
        r = cumulative(s, r + 3);
        s.createFreezePane(2, 2);
        PrintLayout.printSetup(s, 2, true);
        ColumnFit.fitColumns(s, head.size(), 1, 8);
    }

    /** Below the years: the monthly flows' 1–N月累计 against last year's, with 累计增速. */
    private int cumulative(Sheet s, int r) {
        if (report.trends().cumulative().isEmpty()) {
            return r;
        }
        Row title = s.createRow(r++);
        Cells.string(title, 0, report.year() + "年1-" + report.throughMonth() + "月累计与累计增速(按月报送的指标)", wb.text);
        wb.header(s, r++,
                List.of("指标", "累计到", "计量单位", report.year() + "年累计", (report.year() - 1) + "年同期累计", "累计增速(%)"));
        for (Trends.Cumulative c : report.trends().cumulative()) {
            Indicator i = report.catalog().get(c.indicatorCode());
            for (Trends.MonthPoint m : c.months()) {
                Row row = s.createRow(r++);
                Cells.string(row, 0, i.name(), wb.text);
                Cells.string(row, 1, m.month() == 1 ? "1月" : "1-" + m.month() + "月", wb.text);
                Cells.string(row, 2, i.unit(), wb.text);
                value(row, 3, m.cumulative(), wb.number(i.decimals(), false));
                value(row, 4, m.priorCumulative(), wb.number(i.decimals(), false));
                value(row, 5, m.growth(), wb.numberFormat("+0.00;-0.00;0.00", false));
            }
        }
        return r;
    }

    private void value(Row row, int col, BigDecimal v, CellStyle style) {
        if (v == null) {
            Cells.string(row, col, FigureFormat.NOT_AVAILABLE, wb.dash);
        }
        else {
            Cells.number(row, col, v, style);
        }
    }

}
