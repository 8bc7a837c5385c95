package yearbook.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.Names;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.Source;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.FilingDate;
import yearbook.model.Finding;
import yearbook.model.Observation;
import yearbook.model.Period;
import yearbook.read.ValueText.Parsed;

/**
 * Reads the data sheet of a 统计报表 (spec §1) into observations in catalog units, and
 * findings.
 */
final class ReportSheetReader {

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    private final RowIndicator rowIndicator;

    private final InFileChecks checks;

    private final ValueBounds bounds;

    ReportSheetReader(IndicatorCatalog catalog, UnitRegistry units) {
        this.catalog = catalog;
        this.units = units;
        this.rowIndicator = new RowIndicator(catalog);
        this.checks = new InFileChecks(catalog);
        this.bounds = new ValueBounds(catalog);
    }

    ReadResult.Report read(SheetGrid sheet, ReportHeader header) {
        List<Finding> findings = new ArrayList<>();
        MetadataBlock meta = new MetadataBlock(sheet, header.row());
        ReportingUnit unit = unit(sheet, meta, findings);
        Period period = period(sheet, meta, findings);
        if (unit != null && period != null && !unit.existsIn(period.year())) {
            MetadataBlock.Entry e = meta.get(Vocabulary.LABEL_UNIT).orElseThrow();
            findings.add(Problem.UNIT_NOT_IN_YEAR.at(ref(sheet, e.cell()), e.text(), unit.name(), period.label()));
        }
        LocalDate filedOn = filedOn(sheet, meta, findings);
        if (filedOn != null) {
            // kept as written (the check stage falls back to arrival order for it), and
            // said
            MetadataBlock.Entry e = meta.get(Vocabulary.LABEL_FILED_ON).orElseThrow();
            FilingDate.doubt(filedOn, period, LocalDate.now(Vocabulary.ZONE))
                .ifPresent(why -> findings
                    .add(Problem.FILED_ON_IMPLAUSIBLE.at(ref(sheet, e.cell()), e.text(), e.text(), why)));
        }
        Source source = unit == null ? null : unit.kind() == UnitKind.SUBDISTRICT ? Source.STREET : Source.COMMUNITY;

        Map<String, Observation> byCode = new LinkedHashMap<>();
        Map<String, CellRef> rowsPresent = new LinkedHashMap<>();
        for (int r : sheet.rowIndicesAfter(header.row())) {
            Observation o = row(sheet, header, r, unit, period, source, rowsPresent, findings);
            if (o != null) {
                byCode.put(o.indicatorCode(), o);
            }
        }
        findings.addAll(checks.file(byCode));
        if (source != null) {
            findings.addAll(checks.required(source, rowsPresent.keySet(), sheet.name()));
        }
        return new ReadResult.Report(sheet.name(), unit == null ? null : unit.code(), period, filedOn,
                List.copyOf(byCode.values()), findings);
    }

    /**
     * One data row: an observation, or null for a skipped or defective row (then a
     * finding says why).
     */
    private Observation row(SheetGrid sheet, ReportHeader h, int r, ReportingUnit unit, Period period, Source source,
            Map<String, CellRef> rowsPresent, List<Finding> findings) {
        GridCell nameCell = sheet.cell(r, h.nameCol());
        GridCell codeCell = h.codeCol() < 0 ? GridCell.blank(r, -1) : sheet.cell(r, h.codeCol());
        GridCell unitCell = h.unitCol() < 0 ? GridCell.blank(r, -1) : sheet.cell(r, h.unitCol());
        GridCell valueCell = sheet.cell(r, h.valueCol());
        GridCell priorCell = h.priorCol() < 0 ? GridCell.blank(r, -1) : sheet.cell(r, h.priorCol());
        if (isTotalRow(nameCell) || isTotalRow(firstText(sheet.row(r)))) {
            return null;
        }
        boolean noValues = valueCell.isBlank() && priorCell.isBlank();

        RowIndicator.Match match = rowIndicator.match(codeCell.seen(), nameCell.seen());
        if (match.conflict()) {
            findings.add(Problem.CODE_NAME_MISMATCH.at(ref(sheet, codeCell), codeCell.seen(), codeCell.seen(),
                    match.byCode().name(), nameCell.seen(), match.byName().name()));
            return null;
        }
        Indicator ind = match.resolved();
        if (ind == null) {
            // A section title (一、经济发展), a note or a signature line: nothing to lose,
            // nothing to report.
            if (noValues) {
                return null;
            }
            GridCell where = nameCell.isBlank() ? codeCell : nameCell;
            String seen = where.isBlank() ? "" : where.seen();
            findings.add(Problem.INDICATOR_UNKNOWN.at(ref(sheet, where.col() < 0 ? nameCell : where), seen, seen,
                    String.join("、", catalog.closestNames(seen, 3))));
            return null;
        }
        CellRef nameRef = ref(sheet, nameCell.isBlank() && codeCell.col() >= 0 ? codeCell : nameCell);
        if (!ind.kind().isReported() || ind.source() == Source.STATION || ind.source() == Source.DERIVED) {
            String why = ind.source() == Source.STATION ? "由空气监测站点报送" : "由统计站根据其他指标计算得出";
            findings.add(Problem.INDICATOR_NOT_REPORTED.at(nameRef, nameCell.seen(), ind.name(), why));
            return null;
        }
        if (source != null && ind.source() != source) {
            findings.add(Problem.INDICATOR_WRONG_SOURCE.at(nameRef, nameCell.seen(), ind.name(),
                    sourceName(ind.source()), unit.name()));
            return null;
        }
        CellRef earlier = rowsPresent.putIfAbsent(ind.code(), nameRef);
        if (earlier != null) {
            findings.add(Problem.INDICATOR_DUPLICATE.at(nameRef, nameCell.seen(), ind.name(), earlier.toString()));
            return null;
        }

        String rowUnit = unitCell.isBlank() ? ind.unit() : unitCell.seen();
        if (!MeasureUnits.convertible(rowUnit, ind.unit())) {
            findings.add(Problem.MEASURE_UNIT_NOT_CONVERTIBLE.at(ref(sheet, unitCell), rowUnit, rowUnit, ind.name(),
                    ind.unit()));
            return null;
        }
        CellRef valueRef = ref(sheet, valueCell);
        Parsed value = parse(valueCell, rowUnit, valueRef, findings);
        Parsed prior = parse(priorCell, rowUnit, ref(sheet, priorCell), findings);
        if (value instanceof Parsed.Invalid || prior instanceof Parsed.Invalid) {
            return null;
        }

        BigDecimal v = ValueText.valueOf(value);
        BigDecimal p = ValueText.valueOf(prior);
        boolean converted = !MeasureUnits.same(rowUnit, ind.unit());
        BigDecimal cv = v == null || !converted ? v : MeasureUnits.convert(v, rowUnit, ind.unit()).orElseThrow();
        BigDecimal cp = p == null || !converted ? p : MeasureUnits.convert(p, rowUnit, ind.unit()).orElseThrow();
        // bounded before anything else touches them: a number that cannot be a statistic
        // is the cell's error
        Optional<Finding> badValue = bounds.check(ind, v, cv, valueRef, valueCell.seen());
        Optional<Finding> badPrior = bounds.check(ind, p, cp, ref(sheet, priorCell), priorCell.seen());
        if (badValue.isPresent() || badPrior.isPresent()) {
            badValue.ifPresent(findings::add);
            badPrior.ifPresent(findings::add);
            return null;
        }
        String conversion = null;
        if (converted) {
            conversion = MeasureUnits.normalize(rowUnit) + "→" + ind.unit();
            if (v != null || p != null) {
                String what = v != null ? InFileChecks.plain(v) + rowUnit + " → " + InFileChecks.plain(cv) + ind.unit()
                        : InFileChecks.plain(p) + rowUnit + " → " + InFileChecks.plain(cp) + ind.unit();
                findings.add(Problem.MEASURE_UNIT_CONVERTED.at(ref(sheet, unitCell), rowUnit,
                        MeasureUnits.normalize(rowUnit), ind.unit(), what));
            }
            v = cv;
            p = cp;
        }
        findings.addAll(checks.value(ind, v, valueRef, valueCell.seen()));
        findings.addAll(checks.value(ind, p, ref(sheet, priorCell), priorCell.seen()));
        if (value instanceof Parsed.Empty && ind.required() && ind.source() == source) {
            findings.add(Problem.REQUIRED_EMPTY.at(valueRef, "", ind.name()));
        }
        if (value instanceof Parsed.Empty && prior instanceof Parsed.Empty) {
            return null;
        }

        boolean approximate = value instanceof Parsed.Number n && n.approximate();
        return new Observation(unit == null ? null : unit.code(), period, ind.code(), v, p, approximate,
                value instanceof Parsed.NotApplicable, valueRef, valueCell.seen(), conversion);
    }

    private Parsed parse(GridCell cell, String rowUnit, CellRef where, List<Finding> findings) {
        if (cell.col() < 0) {
            return new Parsed.Empty();
        }
        Parsed parsed = ValueText.read(cell, List.of(rowUnit));
        if (parsed instanceof Parsed.Invalid inv) {
            findings.add(inv.problem().at(where, cell.seen(), cell.seen()));
        }
        else if (parsed instanceof Parsed.Number n && n.approximate()) {
            findings.add(Problem.VALUE_APPROXIMATE.at(where, cell.seen(), cell.seen(), InFileChecks.plain(n.value())));
        }
        return parsed;
    }

    private static boolean isTotalRow(GridCell cell) {
        if (cell == null || cell.kind() != CellKind.TEXT) {
            return false;
        }
        return TOTAL_ROWS.get(cell.text());
    }

    private static final Memo<Boolean> TOTAL_ROWS = new Memo<>(text -> {
        String n = Names.normalize(text);
        return Vocabulary.TOTAL_ROW_WORDS.stream().anyMatch(n::startsWith);
    });

    private static GridCell firstText(List<GridCell> cells) {
        return cells.stream().filter(c -> c.kind() == CellKind.TEXT).findFirst().orElse(null);
    }

    private ReportingUnit unit(SheetGrid sheet, MetadataBlock meta, List<Finding> findings) {
        Optional<MetadataBlock.Entry> e = meta.get(Vocabulary.LABEL_UNIT);
        if (e.isEmpty() || e.get().text().isBlank()) {
            findings.add(Problem.UNIT_MISSING.at(new CellRef(sheet.name(), null), ""));
            return null;
        }
        String name = e.get().text();
        CellRef where = ref(sheet, e.get().cell());
        Optional<ReportingUnit> u = units.resolve(name);
        if (u.isEmpty()) {
            findings.add(Problem.UNIT_UNKNOWN.at(where, name, name, String.join("、", units.closestNames(name, 3))));
            return null;
        }
        if (u.get().kind() == UnitKind.STATION) {
            findings.add(Problem.UNIT_NOT_A_REPORTER.at(where, name, u.get().name()));
            return null;
        }
        return u.get();
    }

    private static Period period(SheetGrid sheet, MetadataBlock meta, List<Finding> findings) {
        Optional<MetadataBlock.Entry> e = meta.get(Vocabulary.LABEL_PERIOD);
        if (e.isEmpty() || e.get().text().isBlank()) {
            findings.add(Problem.PERIOD_MISSING.at(new CellRef(sheet.name(), null), ""));
            return null;
        }
        CellRef where = ref(sheet, e.get().cell());
        String seen = e.get().text();
        PeriodText.Outcome outcome = PeriodText.read(e.get().valueCell());
        if (outcome instanceof PeriodText.Outcome.Read r) {
            return r.period();
        }
        if (outcome instanceof PeriodText.Outcome.Ambiguous a) {
            findings.add(Problem.PERIOD_AMBIGUOUS.at(where, seen, seen, a.year()));
        }
        else {
            findings.add(Problem.PERIOD_UNREADABLE.at(where, seen, seen));
        }
        return null;
    }

    private static LocalDate filedOn(SheetGrid sheet, MetadataBlock meta, List<Finding> findings) {
        Optional<MetadataBlock.Entry> e = meta.get(Vocabulary.LABEL_FILED_ON);
        if (e.isEmpty() || e.get().text().isBlank()) {
            return null;
        }
        Optional<LocalDate> d = DateText.read(e.get().valueCell());
        if (d.isEmpty()) {
            findings.add(Problem.FILED_ON_UNREADABLE.at(ref(sheet, e.get().cell()), e.get().text(), e.get().text()));
        }
        return d.orElse(null);
    }

    private static String sourceName(Source s) {
        return switch (s) {
            case COMMUNITY -> "各社区";
            case STREET -> "街道";
            case STATION -> "监测站点";
            case DERIVED -> "统计站计算";
        };
    }

    static CellRef ref(SheetGrid sheet, GridCell cell) {
        return cell.col() < 0 ? new CellRef(sheet.name(), null) : CellRef.of(sheet.name(), cell.row(), cell.col());
    }

}
