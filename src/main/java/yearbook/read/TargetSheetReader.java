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
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.Names;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.Source;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.FilingDate;
import yearbook.model.Finding;
import yearbook.model.Period;
import yearbook.model.PeriodKind;
import yearbook.model.Target;
import yearbook.model.TargetDirection;
import yearbook.read.ValueText.Parsed;

/**
 * Reads the data sheet of a 目标任务 workbook (docs/targets.md) into targets, with the same
 * metadata, value and unit rules as a report and findings on the cells: an unknown
 * indicator or unit, a split that does not add up to the year, a text in a number cell. A
 * file with an error is quarantined whole.
 */
final class TargetSheetReader {

    private final IndicatorCatalog catalog;

    private final UnitRegistry units;

    private final RowIndicator rowIndicator;

    private final InFileChecks checks;

    TargetSheetReader(IndicatorCatalog catalog, UnitRegistry units) {
        this.catalog = catalog;
        this.units = units;
        this.rowIndicator = new RowIndicator(catalog);
        this.checks = new InFileChecks(catalog);
    }

    ReadResult.Targets read(SheetGrid sheet, TargetHeader header) {
        List<Finding> findings = new ArrayList<>();
        MetadataBlock meta = new MetadataBlock(sheet, header.row());
        ReportingUnit issuer = issuer(sheet, meta, findings);
        Period period = period(sheet, meta, findings);
        LocalDate filedOn = filedOn(sheet, meta, findings);
        if (filedOn != null) {
            // kept as written (the check stage then goes by arrival), and said, as for a
            // report
            MetadataBlock.Entry e = meta.get(Vocabulary.LABEL_FILED_ON).orElseThrow();
            FilingDate.doubt(filedOn, period, LocalDate.now(Vocabulary.ZONE))
                .ifPresent(why -> findings
                    .add(Problem.FILED_ON_IMPLAUSIBLE.at(ref(sheet, e.cell()), e.text(), e.text(), why)));
        }
        Map<String, Target> byKey = new LinkedHashMap<>();
        if (period != null) {
            for (int r : sheet.rowIndicesAfter(header.row())) {
                Target t = row(sheet, header, r, period.year(), findings);
                if (t == null) {
                    continue;
                }
                Target earlier = byKey.putIfAbsent(t.unitCode() + "/" + t.indicatorCode(), t);
                if (earlier != null) {
                    findings
                        .add(Problem.TARGET_DUPLICATE.at(t.source(), t.rawText(), catalog.get(t.indicatorCode()).name(),
                                units.nameOf(t.unitCode()), earlier.source().toString()));
                }
            }
        }
        return new ReadResult.Targets(sheet.name(), issuer == null ? null : issuer.code(), period, filedOn,
                List.copyOf(byKey.values()), findings);
    }

    private Target row(SheetGrid sheet, TargetHeader h, int r, int year, List<Finding> findings) {
        GridCell nameCell = sheet.cell(r, h.nameCol());
        GridCell codeCell = h.codeCol() < 0 ? GridCell.blank(r, -1) : sheet.cell(r, h.codeCol());
        GridCell annualCell = sheet.cell(r, h.annualCol());
        if (nameCell.isBlank() && codeCell.isBlank()) {
            return null;
        }
        RowIndicator.Match match = rowIndicator.match(codeCell.seen(), nameCell.seen());
        if (match.conflict()) {
            findings.add(Problem.CODE_NAME_MISMATCH.at(ref(sheet, codeCell), codeCell.seen(), codeCell.seen(),
                    match.byCode().name(), nameCell.seen(), match.byName().name()));
            return null;
        }
        Indicator ind = match.resolved();
        if (ind == null) {
            // a section title (一、经济发展) or a note has no target: nothing to lose
            if (annualCell.isBlank() && !hasSplit(sheet, h, r)) {
                return null;
            }
            GridCell where = nameCell.isBlank() ? codeCell : nameCell;
            findings.add(Problem.INDICATOR_UNKNOWN.at(ref(sheet, where), where.seen(), where.seen(),
                    String.join("、", catalog.closestNames(where.seen(), 3))));
            return null;
        }
        ReportingUnit holder = holder(sheet, h, r, year, ind, findings);
        if (holder == null) {
            return null;
        }

        GridCell unitCell = h.unitCol() < 0 ? GridCell.blank(r, -1) : sheet.cell(r, h.unitCol());
        String rowUnit = unitCell.isBlank() ? ind.unit() : unitCell.seen();
        if (!MeasureUnits.convertible(rowUnit, ind.unit())) {
            findings.add(Problem.MEASURE_UNIT_NOT_CONVERTIBLE.at(ref(sheet, unitCell), rowUnit, rowUnit, ind.name(),
                    ind.unit()));
            return null;
        }
        TargetDirection direction = direction(sheet, h, r, findings);
        CellRef annualRef = ref(sheet, annualCell);
        Parsed annual = ValueText.read(annualCell, List.of(rowUnit, ind.unit()));
        if (annual instanceof Parsed.NotApplicable) {
            return null; // 不考核
        }
        if (annual instanceof Parsed.Invalid inv) {
            findings.add(inv.problem().at(annualRef, annualCell.seen(), annualCell.seen()));
            return null;
        }
        if (annual instanceof Parsed.Empty) {
            // a row of the blank template left empty is not assessed; a split without its
            // year is a slip
            if (hasSplit(sheet, h, r)) {
                findings.add(Problem.TARGET_EMPTY.at(annualRef, "", ind.name(), holder.name()));
            }
            return null;
        }
        BigDecimal value = converted(ValueText.valueOf(annual), rowUnit, ind);
        // the same value rules as a report's: not negative, whole where the unit counts
        // things
        List<Finding> bad = checks.value(ind, value, annualRef, annualCell.seen());
        if (ind.kind() == IndicatorKind.RATE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            bad = List.of(Problem.TARGET_RATE_ABOVE_100.at(annualRef, annualCell.seen(), ind.name(),
                    InFileChecks.plain(value)));
        }
        if (!bad.isEmpty()) {
            findings.addAll(bad);
            return null;
        }
        if (direction == null) {
            return null;
        }

        TargetSplit split = TargetSplit.read(sheet, h, r, ind, rowUnit, value, annualCell, annualRef, holder, checks,
                findings);
        if (split == null) {
            return null;
        }
        return new Target(year, holder.code(), ind.code(), direction, value, split.kind(), split.values(), annualRef,
                annualCell.seen());
    }

    static BigDecimal converted(BigDecimal v, String rowUnit, Indicator ind) {
        if (MeasureUnits.same(rowUnit, ind.unit())) {
            return v;
        }
        return MeasureUnits.convert(v, rowUnit, ind.unit()).orElseThrow();
    }

    /**
     * The unit that carries the target: the 责任单位 column, blank for the sub-district
     * itself.
     */
    private ReportingUnit holder(SheetGrid sheet, TargetHeader h, int r, int year, Indicator ind,
            List<Finding> findings) {
        GridCell c = h.holderCol() < 0 ? GridCell.blank(r, -1) : sheet.cell(r, h.holderCol());
        ReportingUnit u;
        if (c.isBlank()) {
            u = units.subdistrict();
        }
        else {
            Optional<ReportingUnit> found = units.resolve(c.seen());
            if (found.isEmpty()) {
                findings.add(Problem.TARGET_UNIT_UNKNOWN.at(ref(sheet, c), c.seen(), c.seen(),
                        String.join("、", units.closestNames(c.seen(), 3))));
                return null;
            }
            u = found.get();
            if (u.kind() == UnitKind.STATION) {
                findings.add(Problem.UNIT_NOT_A_REPORTER.at(ref(sheet, c), c.seen(), u.name()));
                return null;
            }
            if (!u.existsIn(year)) {
                findings.add(Problem.UNIT_NOT_IN_YEAR.at(ref(sheet, c), c.seen(), u.name(), year + "年"));
                return null;
            }
        }
        if (u.kind() == UnitKind.COMMUNITY && !hasCommunityFigure(ind)) {
            findings.add(Problem.TARGET_NO_COMMUNITY_FIGURE.at(ref(sheet, c), c.seen(), ind.name(), u.name()));
            return null;
        }
        return u;
    }

    /**
     * A community has a figure of its own for what communities report, and for rates of
     * such parts.
     */
    private boolean hasCommunityFigure(Indicator ind) {
        if (ind.source() == Source.COMMUNITY) {
            return true;
        }
        if (ind.kind() == IndicatorKind.RATE && ind.numerator() != null) {
            return catalog.get(ind.numerator()).source() == Source.COMMUNITY;
        }
        return false;
    }

    private static TargetDirection direction(SheetGrid sheet, TargetHeader h, int r, List<Finding> findings) {
        if (h.directionCol() < 0) {
            return TargetDirection.AT_LEAST;
        }
        GridCell c = sheet.cell(r, h.directionCol());
        if (c.isBlank()) {
            return TargetDirection.AT_LEAST;
        }
        String n = Names.normalize(c.seen());
        if (Vocabulary.CEILING_WORDS.stream().anyMatch(n::contains)) {
            return TargetDirection.AT_MOST;
        }
        if (Vocabulary.FLOOR_WORDS.stream().anyMatch(n::contains)) {
            return TargetDirection.AT_LEAST;
        }
        findings.add(Problem.TARGET_DIRECTION_UNKNOWN.at(ref(sheet, c), c.seen(), c.seen()));
        return null;
    }

    private static boolean hasSplit(SheetGrid sheet, TargetHeader h, int r) {
        return (h.monthCols() != null && anyFilled(sheet, r, h.monthCols()))
                || (h.quarterCols() != null && anyFilled(sheet, r, h.quarterCols()));
    }

    static boolean anyFilled(SheetGrid sheet, int r, int[] cols) {
        for (int c : cols) {
            if (c >= 0 && !sheet.cell(r, c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The 填报单位 of a 目标任务 workbook is the sub-district that issues it (the 考核办法's
     * allocation).
     */
    private ReportingUnit issuer(SheetGrid sheet, MetadataBlock meta, List<Finding> findings) {
        Optional<MetadataBlock.Entry> e = meta.get(Vocabulary.LABEL_UNIT);
        if (e.isEmpty() || e.get().text().isBlank()) {
            findings.add(Problem.UNIT_MISSING.at(new CellRef(sheet.name(), null), ""));
            return null;
        }
        String name = e.get().text();
        Optional<ReportingUnit> u = units.resolve(name);
        if (u.isEmpty()) {
            findings.add(Problem.UNIT_UNKNOWN.at(ref(sheet, e.get().cell()), name, name, units.subdistrict().name()));
            return null;
        }
        if (u.get().kind() != UnitKind.SUBDISTRICT) {
            findings.add(Problem.TARGET_ISSUER_NOT_SUBDISTRICT.at(ref(sheet, e.get().cell()), name, u.get().name(),
                    units.subdistrict().name()));
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
            if (r.period().kind() == PeriodKind.YEAR) {
                return r.period();
            }
            findings.add(Problem.TARGET_PERIOD_NOT_YEAR.at(where, seen, seen, r.period().year()));
            return null;
        }
        findings.add(Problem.PERIOD_UNREADABLE.at(where, seen, seen));
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

    private static CellRef ref(SheetGrid sheet, GridCell cell) {
        return ReportSheetReader.ref(sheet, cell);
    }

}
