package yearbook.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import yearbook.model.CellRef;
import yearbook.model.Finding;

/**
 * Finds a workbook's data sheet among the rows a walker delivers and reads it: the first
 * visible sheet with a 统计报表 or 空气质量日报 header row. A report sheet is small and is kept
 * whole (its reader looks up and down the sheet); an air-quality sheet may hold a million
 * days, so each row after the header becomes a day at once and is dropped. Limits (rows,
 * sheets, cell text, time) turn an abnormal file into a finding instead of an exhausted
 * heap or a hang.
 */
final class DataSheets implements RowSink {

    private static final int QUOTED_CHARS = 50;

    private final String fileName;

    private final ReportSheetReader reports;

    private final AirQualitySheetReader airQuality;

    private final TargetSheetReader targets;

    private final ReadLimits limits;

    private final long deadline;

    private final CappedFindings cellFindings;

    private int sheetsScanned;

    private boolean sheetsLeft;

    private ReadResult result;

    // the sheet being read
    private String sheet;

    private List<GridCell> kept;

    private int contentRows;

    private ReportHeader report;

    private TargetHeader target;

    private AirQualitySheetReader.StationDays days;

    DataSheets(String fileName, ReportSheetReader reports, AirQualitySheetReader airQuality, ReadLimits limits) {
        this(fileName, reports, airQuality, null, limits);
    }

    DataSheets(String fileName, ReportSheetReader reports, AirQualitySheetReader airQuality, TargetSheetReader targets,
            ReadLimits limits) {
        this.fileName = fileName;
        this.reports = reports;
        this.airQuality = airQuality;
        this.targets = targets;
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.timeBudget().toNanos();
        this.cellFindings = new CappedFindings(limits.maxFindingsPerRule());
    }

    @Override
    public boolean startSheet(String name) {
        if (sheetsScanned >= limits.maxSheetsScanned()) {
            sheetsLeft = true;
            return false;
        }
        sheetsScanned++;
        sheet = name;
        kept = new ArrayList<>();
        contentRows = 0;
        report = null;
        target = null;
        days = null;
        return true;
    }

    @Override
    public Next row(int index, List<GridCell> cells) {
        if (System.nanoTime() - deadline > 0) {
            result = not(Problem.READ_TIME_EXCEEDED.at(new CellRef(fileName, null), fileName, fileName,
                    WorkbookReader.seconds(limits.timeBudget())));
            return Next.STOP;
        }
        if (cells.isEmpty()) {
            return Next.MORE;
        }
        List<GridCell> row = withinLength(cells);
        contentRows++;
        if (days != null) {
            days.row(index, row);
            return Next.MORE;
        }
        kept.addAll(row);
        // the memory budget of one file: a report is a few thousand cells; a sheet of
        // wide rows is not one
        if (kept.size() > limits.maxKeptCells()) {
            result = not(Problem.SHEET_TOO_MANY_CELLS.at(new CellRef(sheet, null), "", sheet, limits.maxKeptCells()));
            return Next.STOP;
        }
        if (report != null || target != null) {
            if (contentRows > limits.maxReportRows()) {
                result = not(
                        Problem.SHEET_TOO_MANY_ROWS.at(new CellRef(sheet, null), "", sheet, limits.maxReportRows()));
                return Next.STOP;
            }
            return Next.MORE;
        }
        SheetGrid one = new SheetGrid(sheet, row);
        Optional<ReportHeader> r = ReportHeader.find(one);
        if (r.isPresent()) {
            report = r.get();
            return Next.MORE;
        }
        Optional<TargetHeader> t = targets == null ? Optional.empty() : TargetHeader.find(one);
        if (t.isPresent()) {
            target = t.get();
            return Next.MORE;
        }
        Optional<AirQualityHeader> aq = AirQualityHeader.find(one);
        if (aq.isPresent()) {
            days = airQuality.start(sheet, new SheetGrid(sheet, kept), aq.get(), limits.maxFindingsPerRule());
            kept = null;
            return Next.MORE;
        }
        return contentRows >= limits.maxHeaderRows() ? Next.NEXT_SHEET : Next.MORE;
    }

    @Override
    public boolean endSheet() {
        if (result != null) {
            return true;
        }
        if (report != null) {
            result = reports.read(new SheetGrid(sheet, kept), report);
        }
        else if (target != null) {
            result = targets.read(new SheetGrid(sheet, kept), target);
        }
        else if (days != null) {
            result = days.finish();
        }
        kept = null;
        days = null;
        return result != null;
    }

    /**
     * What reading the workbook gave, with the findings on its cells (text too long)
     * first.
     */
    ReadResult result() {
        ReadResult r = result;
        if (r == null) {
            CellRef where = new CellRef(fileName, null);
            r = sheetsLeft ? not(Problem.TOO_MANY_SHEETS.at(where, fileName, fileName, limits.maxSheetsScanned()))
                    : not(Problem.NO_DATA_SHEET.at(where, fileName, fileName));
        }
        List<Finding> extra = cellFindings.list(new CellRef(fileName, null));
        return extra.isEmpty() ? r : withFindingsFirst(r, extra);
    }

    /** A cell longer than Excel allows is reported and read as its first characters. */
    private List<GridCell> withinLength(List<GridCell> cells) {
        List<GridCell> out = null;
        for (int i = 0; i < cells.size(); i++) {
            GridCell c = cells.get(i);
            if (c.kind() != CellKind.TEXT || c.text().length() <= limits.maxCellChars()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(cells);
            }
            String quoted = c.text().substring(0, QUOTED_CHARS) + "…";
            cellFindings.add(Problem.CELL_TEXT_TOO_LONG, () -> Problem.CELL_TEXT_TOO_LONG
                .at(CellRef.of(sheet, c.row(), c.col()), quoted, limits.maxCellChars()));
            out.set(i, new GridCell(c.row(), c.col(), CellKind.TEXT, quoted, null, null, quoted));
        }
        return out == null ? cells : out;
    }

    private static ReadResult withFindingsFirst(ReadResult r, List<Finding> first) {
        List<Finding> all = new ArrayList<>(first);
        all.addAll(r.findings());
        if (r instanceof ReadResult.Report p) {
            return new ReadResult.Report(p.sheet(), p.unitCode(), p.period(), p.filedOn(), p.observations(), all);
        }
        if (r instanceof ReadResult.AirQuality a) {
            return new ReadResult.AirQuality(a.sheet(), a.stationCode(), a.days(), all);
        }
        if (r instanceof ReadResult.Targets t) {
            return new ReadResult.Targets(t.sheet(), t.issuerCode(), t.period(), t.filedOn(), t.targets(), all);
        }
        return new ReadResult.NotASubmission(all);
    }

    private static ReadResult not(Finding f) {
        return new ReadResult.NotASubmission(List.of(f));
    }

}
