package yearbook.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.IndicatorKind;
import yearbook.catalog.Source;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Observation;

/**
 * 强制性审核 that one file can answer by itself: 其中 ≤ parent, numerator ≤ denominator, the
 * required rows of the report's source present, and per value non-negative and whole
 * where the unit counts things. Every comparison is made in catalog units, after
 * conversion.
 */
final class InFileChecks {

    private final IndicatorCatalog catalog;

    InFileChecks(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /** Per value: non-negative; a whole number where the catalog unit counts things. */
    List<Finding> value(Indicator indicator, BigDecimal value, CellRef where, String seen) {
        List<Finding> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.signum() < 0) {
            out.add(Problem.NEGATIVE_VALUE.at(where, seen, indicator.name(), plain(value)));
        }
        if (Vocabulary.COUNT_UNITS.contains(indicator.unit()) && MeasureUnits.strip(value).scale() > 0) {
            out.add(Problem.NOT_A_WHOLE_NUMBER.at(where, seen, indicator.name(), indicator.unit(), plain(value)));
        }
        return out;
    }

    /** Across the rows of one file. */
    List<Finding> file(Map<String, Observation> byCode) {
        List<Finding> out = new ArrayList<>();
        for (Observation child : byCode.values()) {
            Indicator ci = catalog.get(child.indicatorCode());
            if (ci.parent() == null) {
                continue;
            }
            Observation parent = byCode.get(ci.parent());
            if (parent == null || child.value() == null || parent.value() == null) {
                continue;
            }
            Indicator pi = catalog.get(parent.indicatorCode());
            Optional<BigDecimal> asParentUnit = MeasureUnits.convert(child.value(), ci.unit(), pi.unit());
            if (asParentUnit.isPresent() && asParentUnit.get().compareTo(parent.value()) > 0) {
                out.add(Problem.CHILD_EXCEEDS_PARENT.at(child.source(), child.rawText(), ci.name(),
                        plain(asParentUnit.get()), pi.unit(), pi.name(), plain(parent.value())));
            }
        }
        for (Indicator rate : catalog.all()) {
            if (rate.kind() != IndicatorKind.RATE) {
                continue;
            }
            Observation num = byCode.get(rate.numerator());
            Observation den = byCode.get(rate.denominator());
            if (num == null || den == null || num.value() == null || den.value() == null) {
                continue;
            }
            Indicator ni = catalog.get(num.indicatorCode());
            Indicator di = catalog.get(den.indicatorCode());
            Optional<BigDecimal> n = MeasureUnits.convert(num.value(), ni.unit(), di.unit());
            if (n.isPresent() && n.get().compareTo(den.value()) > 0) {
                out.add(Problem.NUMERATOR_EXCEEDS_DENOMINATOR.at(num.source(), num.rawText(), ni.name(),
                        plain(num.value()) + ni.unit(), di.name(), plain(den.value()) + di.unit(), rate.name()));
            }
        }
        return out;
    }

    /** The required rows of the report's source that the file does not carry at all. */
    List<Finding> required(Source source, Collection<String> rowsPresent, String sheet) {
        Set<String> present = Set.copyOf(rowsPresent);
        List<Finding> out = new ArrayList<>();
        for (Indicator i : catalog.reported()) {
            if (i.required() && i.source() == source && !present.contains(i.code())) {
                out.add(Problem.REQUIRED_MISSING.at(new CellRef(sheet, null), "", i.name()));
            }
        }
        return out;
    }

    static String plain(BigDecimal b) {
        return MeasureUnits.strip(b).toPlainString();
    }

}
