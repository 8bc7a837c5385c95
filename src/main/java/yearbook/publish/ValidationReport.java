package yearbook.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import yearbook.catalog.ReportingUnit;
import yearbook.model.CellRef;
import yearbook.model.Finding;

/**
 * validation-&lt;year&gt;.xlsx for the communities: 汇总 (per unit: files received,
 * accepted, quarantined, errors, warnings, periods missing), one sheet per unit with
 * every finding (errors first) and the cell to fix, and 未识别文件 for files no unit could be
 * told from. Everything taken from a submitted workbook (file names, values seen) is
 * written as text.
 */
public final class ValidationReport {

    static final String SUMMARY = "汇总";
    static final String UNKNOWN = "未识别文件";
    static final List<String> FINDING_HEADER = List.of("文件", "工作表!单元格", "看到的值", "问题", "规则", "怎么改", "严重程度");

    /** What became of a file, as a clerk would say it. */
    static final Map<String, String> STATUS = Map.of("ACCEPTED", "已采用", "QUARANTINED", "已退回(有错误,请改正后重报)", "SUPERSEDED",
            "已被新版本替代", "DUPLICATE", "重复报送(与已收文件相同)", "NOT_SUBMISSION", "不是报表,未采用");

    /**
     * null: streamed above {@link Workbooks#STREAMED_ABOVE_UNITS} units; otherwise as
     * told (tests compare the two).
     */
    private final Boolean streamed;

    public ValidationReport() {
        this(null);
    }

    ValidationReport(Boolean streamed) {
        this.streamed = streamed;
    }

    private boolean streamed(ReportOrder order) {
        return Workbooks.streamed(streamed, order);
    }

    public void write(YearReport report, Path file) {
        ReportOrder order = new ReportOrder(report);
        Workbooks wb = new Workbooks(report, "报表审核结果 " + report.year(), streamed(order));
        ByUnit byUnit = new ByUnit(report);
        List<String> units = unitsToReport(report, order, byUnit);
        boolean many = units.size() > SHEET_PER_UNIT_UP_TO;
        summary(wb, report, byUnit, units, many);
        List<String> withSheets = units.stream()
            .filter(u -> byUnit.tally(u).files() > 0 || byUnit.hasFindings(u))
            .filter(u -> !many || byUnit.hasFindings(u))
            .toList();
        // their files and findings read a batch of units at a time: a province's are
        // 240,000 files
        for (int from = 0; from < withSheets.size(); from += SHEETS_PER_READ) {
            List<String> batch = withSheets.subList(from, Math.min(withSheets.size(), from + SHEETS_PER_READ));
            Map<String, List<YearReport.Received>> files = report.files().sentBy(batch);
            Map<String, List<YearReport.FileFinding>> found = report.findings().about(batch);
            for (String unit : batch) {
                unitSheet(wb, report, unit, files.getOrDefault(unit, List.of()), found.getOrDefault(unit, List.of()));
            }
        }
        unknown(wb, report);
        wb.save(file);
    }

    private static final int SHEETS_PER_READ = 500;

    /**
     * Up to this many units each get a sheet; above it (a district or a city) only the
     * units with findings do: thousands of sheets are more than Excel's sheet bar can
     * show or anyone can page through, and building them would be most of publish. The 汇总
     * row of every unit stays.
     */
    static final int SHEET_PER_UNIT_UP_TO = 200;

    /**
     * Files and findings counted, and missing periods grouped, by unit once: a city has
     * 2,000 units and 24,000 files, and filtering the whole list for each unit was
     * quadratic.
     */
    private static final class ByUnit {

        private static final YearFiles.Tally NONE = new YearFiles.Tally(0, 0, 0);

        private static final YearFindings.Count NOTHING = new YearFindings.Count(0, 0, 0);

        private final Map<String, YearFiles.Tally> tallies;

        private final Map<String, YearFindings.Count> findings;

        private final Map<String, List<String>> missing = new HashMap<>();

        ByUnit(YearReport report) {
            tallies = report.files().tallies();
            findings = report.findings().counts();
            for (YearReport.Missing m : report.missing()) {
                missing.computeIfAbsent(m.unitCode(), u -> new ArrayList<>()).addAll(m.periods());
            }
        }

        YearFiles.Tally tally(String unit) {
            return tallies.getOrDefault(unit, NONE);
        }

        Set<String> senders() {
            return tallies.keySet();
        }

        Set<String> found() {
            return findings.keySet();
        }

        YearFindings.Count findings(String unit) {
            return findings.getOrDefault(unit, NOTHING);
        }

        boolean hasFindings(String unit) {
            return findings(unit).all() > 0;
        }

        List<String> missing(String unit) {
            return missing.getOrDefault(unit, List.of());
        }

    }

    /**
     * The registry's units of the year, then any other unit that sent something, by code.
     */
    private static List<String> unitsToReport(YearReport report, ReportOrder order, ByUnit byUnit) {
        Set<String> codes = new LinkedHashSet<>();
        for (ReportingUnit u : order.units()) {
            codes.add(u.code());
        }
        List<String> others = new ArrayList<>();
        others.addAll(byUnit.senders());
        others.addAll(byUnit.found());
        report.missing().stream().map(YearReport.Missing::unitCode).forEach(others::add);
        others.stream().sorted(order.unitCodes()).forEach(codes::add);
        return List.copyOf(codes);
    }

    private void summary(Workbooks wb, YearReport report, ByUnit byUnit, List<String> units, boolean many) {
        Sheet s = wb.sheet(SUMMARY);
        List<String> head = List.of("单位", "收到文件", "已采用", "已退回", "错误", "提示", "缺报期数", "缺报的报告期");
        wb.title(s, report.units().subdistrict().name() + report.year() + "年报表审核汇总(" + report.compiledOn() + ")",
                head.size());
        wb.header(s, 1, head);
        var count = wb.numberFormat("0", false);
        int r = 2;
        for (String unit : units) {
            YearFiles.Tally files = byUnit.tally(unit);
            YearFindings.Count findings = byUnit.findings(unit);
            List<String> missing = byUnit.missing(unit);
            Row row = s.createRow(r++);
            Cells.string(row, 0, report.units().nameOf(unit), wb.text);
            Cells.integer(row, 1, files.files(), count);
            Cells.integer(row, 2, files.accepted(), count);
            Cells.integer(row, 3, files.quarantined(), count);
            Cells.integer(row, 4, findings.errors(), count);
            Cells.integer(row, 5, findings.warnings(), count);
            Cells.integer(row, 6, missing.size(), count);
            Cells.string(row, 7, String.join("、", missing), wb.wrap);
        }
        if (many) {
            Row note = s.createRow(r + 1);
            Cells.string(note, 0, "注:单位较多(共" + units.size() + "个),只为有错误或提示的单位单列工作表;" + "其余单位未发现问题,收到、采用的文件数和缺报期别见上表。",
                    wb.note);
            s.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, head.size() - 1));
        }
        s.createFreezePane(1, 2);
        PrintLayout.printSetup(s, 2, true);
        ColumnFit.fitColumns(s, head.size(), 1, 8);
    }

    private void unitSheet(Workbooks wb, YearReport report, String unit, List<YearReport.Received> files,
            List<YearReport.FileFinding> findings) {
        String name = report.units().nameOf(unit);
        Sheet s = wb.sheet(name);
        wb.title(s, name + " · " + report.year() + "年报表审核结果", FINDING_HEADER.size());
        Row filesRow = s.createRow(1);
        String fileList = files.stream()
            .map(f -> f.fileName() + "(" + STATUS.getOrDefault(f.status(), f.status()) + ")")
            .collect(Collectors.joining(";"));
        Cells.string(filesRow, 0, "收到的文件:" + (fileList.isEmpty() ? "无" : fileList), wb.note);
        filesRow.setHeightInPoints(Math.max(18, 15 * (1 + ColumnFit.displayWidth(fileList) / 140)));
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, FINDING_HEADER.size() - 1));
        wb.header(s, 2, FINDING_HEADER);
        int r = 3;
        List<YearReport.FileFinding> sorted = findings.stream().sorted(FINDING_ORDER).toList();
        for (YearReport.FileFinding ff : sorted) {
            findingRow(wb, s.createRow(r++), ff.fileName(), ff.finding());
        }
        if (sorted.isEmpty()) {
            Cells.string(s.createRow(r), 0, "未发现问题。", wb.text);
        }
        s.createFreezePane(0, 3);
        PrintLayout.printSetup(s, 3, false);
        fitFindingColumns(s);
    }

    static void findingRow(Workbooks wb, Row row, String fileName, Finding f) {
        Cells.string(row, 0, fileName, wb.wrap);
        Cells.string(row, 1, f.where() == null ? "" : f.where().toString(), wb.text);
        Cells.string(row, 2, f.valueSeen(), wb.wrap);
        Cells.string(row, 3, f.message(), wb.wrap);
        Cells.string(row, 4, f.rule(), wb.text);
        Cells.string(row, 5, f.advice(), wb.wrap);
        Cells.string(row, 6, f.severity().label(), f.isError() ? wb.alert : wb.text);
    }

    /**
     * Long texts wrap in fixed widths rather than stretching the sheet out of the screen.
     */
    private static void fitFindingColumns(Sheet s) {
        ColumnFit.fitColumns(s, FINDING_HEADER.size(), 2, 8);
        int[] max = { 30, 16, 20, 40, 26, 40, 10 };
        for (int c = 0; c < max.length; c++) {
            s.setColumnWidth(c, Math.min(s.getColumnWidth(c), max[c] * 256));
        }
    }

    /**
     * Errors first, then warnings, then notes; within each by file, sheet, row and
     * column.
     */
    static final Comparator<YearReport.FileFinding> FINDING_ORDER = Comparator
        .comparing((YearReport.FileFinding f) -> f.finding().severity())
        .thenComparing(YearReport.FileFinding::fileName, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(f -> sheetOf(f.finding().where()), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparingInt(f -> cellOf(f.finding().where())[0])
        .thenComparingInt(f -> cellOf(f.finding().where())[1]);

    private static String sheetOf(CellRef where) {
        return where == null ? null : where.sheet();
    }

    /** Row and column of an A1 reference, so that D10 sorts after D9. */
    private static int[] cellOf(CellRef where) {
        if (where == null || where.cell() == null) {
            return new int[] { -1, -1 };
        }
        try {
            CellReference ref = new CellReference(where.cell());
            return new int[] { ref.getRow(), ref.getCol() };
        }
        catch (RuntimeException e) {
            return new int[] { Integer.MAX_VALUE, Integer.MAX_VALUE };
        }
    }

    /** Files no unit could be recognised from, with what was found in them. */
    private void unknown(Workbooks wb, YearReport report) {
        List<YearReport.Received> files = report.files().withoutUnit();
        List<YearReport.FileFinding> findings = report.findings().withoutUnit();
        if (files.isEmpty() && findings.isEmpty()) {
            return;
        }
        Sheet s = wb.sheet(UNKNOWN);
        List<String> head = List.of("文件", "收到日期", "状态", "问题", "怎么改");
        wb.title(s, "未识别文件:看不出是哪个单位报送的", head.size());
        wb.header(s, 1, head);
        int r = 2;
        Set<String> listed = new LinkedHashSet<>();
        // grouped once: ten thousand files without a unit, each looked up in the
        // findings,
        // would be quadratic
        Map<String, List<Finding>> byFile = new HashMap<>();
        for (YearReport.FileFinding ff : findings) {
            if (ff.fileName() != null) {
                byFile.computeIfAbsent(ff.fileName(), n -> new ArrayList<>()).add(ff.finding());
            }
        }
        for (YearReport.Received f : files) {
            listed.add(f.fileName());
            List<Finding> about = f.fileName() == null ? List.of() : byFile.getOrDefault(f.fileName(), List.of());
            unknownRow(wb, s.createRow(r++), f.fileName(), f.filedOn() == null ? null : f.filedOn().toString(),
                    STATUS.getOrDefault(f.status(), f.status()), about);
        }
        for (YearReport.FileFinding ff : findings) {
            if (ff.fileName() != null && listed.contains(ff.fileName())) {
                continue;
            }
            unknownRow(wb, s.createRow(r++), ff.fileName(), null, null, List.of(ff.finding()));
        }
        s.createFreezePane(0, 2);
        PrintLayout.printSetup(s, 2, false);
        ColumnFit.fitColumns(s, head.size(), 1, 10);
        int[] max = { 40, 12, 24, 50, 50 };
        for (int c = 0; c < max.length; c++) {
            s.setColumnWidth(c, Math.min(s.getColumnWidth(c), max[c] * 256));
        }
    }

    private static void unknownRow(Workbooks wb, Row row, String file, String date, String status,
            List<Finding> about) {
        Cells.string(row, 0, file, wb.wrap);
        Cells.string(row, 1, date, wb.text);
        Cells.string(row, 2, status, wb.wrap);
        Cells.string(row, 3, about.stream().map(Finding::message).collect(Collectors.joining("\n")), wb.wrap);
        Cells.string(row, 4,
                about.stream()
                    .map(Finding::advice)
                    .filter(Objects::nonNull)
                    .distinct()
                    .collect(Collectors.joining("\n")),
                wb.wrap);
    }

}
