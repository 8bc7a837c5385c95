package yearbook.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.check.Completeness;
import yearbook.collect.SubmissionStatus;
import yearbook.model.Period;
import yearbook.model.PeriodKind;

/**
 * 报送情况: the year as units × periods. A cell says what stands for that unit and period, by
 * a word and a symbol as well as a colour (a colour-blind clerk, a black-and-white
 * printout), and links to the file that decided it.
 */
public class SubmissionMatrix {

    /** What a cell shows, strongest first: what stands decides the cell. */
    public enum State {

        ACCEPTED("已采用", "✓", "ok"), RECEIVED("待读取", "…", "received"), HELD_BACK("已退回", "✗", "held"),
        SUPERSEDED("已被替代", "↻", "superseded"), MISSING("缺报", "!", "missing"), NONE("", "·", "none");

        private final String word;

        private final String symbol;

        private final String css;

        State(String word, String symbol, String css) {
            this.word = word;
            this.symbol = symbol;
            this.css = css;
        }

        public String word() {
            return word;
        }

        public String symbol() {
            return symbol;
        }

        public String css() {
            return css;
        }

    }

    public record Cell(State state, Long fileId, int files) {
    }

    public record Row(ReportingUnit unit, List<Cell> cells, List<Period> missing) {
    }

    public record Matrix(int year, int dueThrough, List<Period> periods, List<Row> rows) {
        public List<Row> withMissing() {
            return rows.stream().filter(r -> !r.missing().isEmpty()).toList();
        }
    }

    private final ReceivedFiles files;

    private final UnitRegistry units;

    public SubmissionMatrix(ReceivedFiles files, UnitRegistry units) {
        this.files = files;
        this.units = units;
    }

    /**
     * The months already due on a day: a past year all twelve; the current year up to
     * last month (the schedule compiles the same 累计).
     */
    public static int dueThrough(int year, LocalDate today) {
        if (year < today.getYear()) {
            return 12;
        }
        if (year > today.getYear()) {
            return 0;
        }
        return today.getMonthValue() - 1;
    }

    /** onlyUnit: a reporter's own unit, or null for every unit. */
    public Matrix of(int year, LocalDate today, String onlyUnit) {
        int through = dueThrough(year, today);
        Map<String, Map<String, List<ReceivedFiles.File>>> byUnit = new HashMap<>();
        boolean months = false;
        for (ReceivedFiles.File f : files.ofYear(year)) {
            if (f.unitCode() == null || f.period() == null) {
                continue;
            }
            byUnit.computeIfAbsent(f.unitCode(), u -> new HashMap<>())
                .computeIfAbsent(f.period(), p -> new ArrayList<>())
                .add(f);
            months |= f.period().contains("-");
        }
        List<ReportingUnit> rowsOf = new ArrayList<>();
        rowsOf.add(units.subdistrict());
        rowsOf.addAll(units.communities(year));
        rowsOf.addAll(units.stations());
        Map<String, List<Period>> owed = owed(year, through, rowsOf, byUnit);
        for (List<Period> ps : owed.values()) {
            months |= ps.stream().anyMatch(p -> p.kind() == PeriodKind.MONTH);
        }

        List<Period> periods = new ArrayList<>();
        periods.add(Period.year(year));
        for (int q = 1; q <= 4; q++) {
            periods.add(Period.quarter(year, q));
        }
        if (months) {
            for (int m = 1; m <= 12; m++) {
                periods.add(Period.month(year, m));
            }
        }

        List<Row> rows = new ArrayList<>();
        for (ReportingUnit u : rowsOf) {
            if (onlyUnit != null && !onlyUnit.equals(u.code())) {
                continue;
            }
            Map<String, List<ReceivedFiles.File>> mine = byUnit.getOrDefault(u.code(), Map.of());
            List<Period> missing = owed.getOrDefault(u.code(), List.of());
            List<Cell> cells = new ArrayList<>();
            for (Period p : periods) {
                cells.add(cell(mine.getOrDefault(p.code(), List.of()), missing.contains(p)));
            }
            rows.add(new Row(u, cells, missing));
        }
        return new Matrix(year, through, periods, rows);
    }

    private static Cell cell(List<ReceivedFiles.File> files, boolean missing) {
        if (files.isEmpty()) {
            return new Cell(missing ? State.MISSING : State.NONE, null, 0);
        }
        Map<SubmissionStatus, ReceivedFiles.File> latest = new LinkedHashMap<>();
        files.stream().sorted(Comparator.comparingLong(ReceivedFiles.File::id)).forEach(f -> latest.put(f.status(), f));
        for (var pick : List.of(SubmissionStatus.ACCEPTED, SubmissionStatus.RECEIVED, SubmissionStatus.QUARANTINED,
                SubmissionStatus.SUPERSEDED)) {
            ReceivedFiles.File f = latest.get(pick);
            if (f == null) {
                continue;
            }
            State s = switch (pick) {
                case ACCEPTED -> State.ACCEPTED;
                case RECEIVED -> State.RECEIVED;
                case QUARANTINED -> State.HELD_BACK;
                default -> State.SUPERSEDED;
            };
            return new Cell(s, f.id(), files.size());
        }
        return new Cell(missing ? State.MISSING : State.NONE, files.get(files.size() - 1).id(), files.size());
    }

    /**
     * 催报名单 now: what each unit owes by the months due, counting what is accepted or still
     * to be read.
     */
    private Map<String, List<Period>> owed(int year, int through, List<ReportingUnit> rows,
            Map<String, Map<String, List<ReceivedFiles.File>>> byUnit) {
        Map<String, List<Period>> out = new LinkedHashMap<>();
        if (through < 1) {
            return out;
        }
        for (ReportingUnit u : rows) {
            List<Period> reported = new ArrayList<>();
            for (var e : byUnit.getOrDefault(u.code(), Map.of()).entrySet()) {
                boolean counts = e.getValue()
                    .stream()
                    .anyMatch(f -> f.status() == SubmissionStatus.ACCEPTED || f.status() == SubmissionStatus.RECEIVED);
                if (counts) {
                    reported.add(Period.parseCode(e.getKey()));
                }
            }
            List<Period> missing = u.kind() == UnitKind.STATION
                    ? (reported.isEmpty() ? List.of(Period.year(year)) : List.of())
                    : Completeness.missing(year, reported, through);
            if (!missing.isEmpty()) {
                out.put(u.code(), missing);
            }
        }
        return out;
    }

}
