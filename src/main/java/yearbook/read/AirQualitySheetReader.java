package yearbook.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import yearbook.catalog.Names;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AirQualityDay;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Pollutant;
import yearbook.read.ValueText.Parsed;

/**
 * Reads a station's 空气质量日报 (spec §2). A missing value stays absent from the day's map: whether
 * the day counts is decided later by the validity rules of domain.md, never here.
 */
final class AirQualitySheetReader {
    private final UnitRegistry units;

    AirQualitySheetReader(UnitRegistry units) {
        this.units = units;
    }

    ReadResult.AirQuality read(SheetGrid sheet, AirQualityHeader h) {
        List<Finding> findings = new ArrayList<>();
        MetadataBlock meta = new MetadataBlock(sheet, h.row());
        String station = null;
        CellRef stationRef = null;
        String stationSeen = null;
        Optional<MetadataBlock.Entry> m = meta.get(Vocabulary.LABEL_STATION);
        if (m.isPresent() && !m.get().text().isBlank()) {
            stationSeen = m.get().text();
            stationRef = ReportSheetReader.ref(sheet, m.get().cell());
            station = station(stationSeen, stationRef, findings);
        }
        List<AirQualityDay> days = new ArrayList<>();
        Map<LocalDate, CellRef> seenDays = new HashMap<>();
        for (int r : sheet.rowIndicesAfter(h.row())) {
            GridCell dateCell = sheet.cell(r, h.dateCol());
            if (dateCell.isBlank() || isSummary(dateCell)) continue;
            CellRef dateRef = ReportSheetReader.ref(sheet, dateCell);
            if (h.stationCol() >= 0) {
                GridCell sc = sheet.cell(r, h.stationCol());
                if (!sc.isBlank()) {
                    String name = sc.seen();
                    if (stationSeen == null) {
                        stationSeen = name;
                        stationRef = ReportSheetReader.ref(sheet, sc);
                        station = station(name, stationRef, findings);
                    } else if (!Names.normalize(name).equals(Names.normalize(stationSeen))
                            && !units.resolve(name).map(ReportingUnit::code).equals(Optional.ofNullable(station))) {
                        findings.add(Problem.STATION_MIXED.at(ReportSheetReader.ref(sheet, sc), name, stationSeen, name));
                    }
                }
            }
            Optional<LocalDate> day = DateText.read(dateCell);
            if (day.isEmpty()) {
                findings.add(Problem.AQ_DATE_UNREADABLE.at(dateRef, dateCell.seen(), dateCell.seen()));
                continue;
            }
            CellRef earlier = seenDays.putIfAbsent(day.get(), dateRef);
            if (earlier != null) {
                findings.add(Problem.AQ_DATE_DUPLICATE.at(dateRef, dateCell.seen(), day.get(), earlier));
                continue;
            }
            Map<Pollutant, BigDecimal> values = new EnumMap<>(Pollutant.class);
            for (Map.Entry<Pollutant, Integer> p : h.pollutants().entrySet()) {
                GridCell c = sheet.cell(r, p.getValue());
                BigDecimal v = number(c, sheet, p.getKey().label(), findings);
                if (v != null) values.put(p.getKey(), v);
            }
            Integer aqi = null;
            if (h.aqiCol() >= 0) {
                GridCell c = sheet.cell(r, h.aqiCol());
                BigDecimal v = number(c, sheet, "AQI", findings);
                if (v != null) {
                    try {
                        aqi = v.intValueExact();
                    } catch (ArithmeticException e) {
                        findings.add(Problem.AQ_AQI_NOT_INTEGER.at(ReportSheetReader.ref(sheet, c), c.seen(), c.seen()));
                    }
                }
            }
            days.add(new AirQualityDay(station, day.get(), values, aqi, dateRef));
        }
        if (stationSeen == null) findings.add(Problem.STATION_MISSING.at(new CellRef(sheet.name(), null), ""));
        if (days.isEmpty() && findings.stream().noneMatch(Finding::isError))
            findings.add(Problem.AQ_NO_DAYS.at(new CellRef(sheet.name(), null), ""));
        String code = station;
        List<AirQualityDay> withStation = days.stream()
                .map(d -> new AirQualityDay(code, d.day(), d.concentrations(), d.submittedAqi(), d.source())).toList();
        return new ReadResult.AirQuality(sheet.name(), station, withStation, findings);
    }

    private String station(String name, CellRef where, List<Finding> findings) {
        Optional<ReportingUnit> u = units.resolve(name).filter(x -> x.kind() == UnitKind.STATION);
        if (u.isEmpty()) {
            List<String> known = units.stations().stream().map(ReportingUnit::name).toList();
            findings.add(Problem.STATION_UNKNOWN.at(where, name, name, String.join("、", known)));
            return null;
        }
        return u.get().code();
    }

    private static BigDecimal number(GridCell c, SheetGrid sheet, String what, List<Finding> findings) {
        Parsed p = ValueText.read(c, List.of());
        CellRef where = ReportSheetReader.ref(sheet, c);
        if (p instanceof Parsed.Number n) {
            if (n.approximate()) {
                findings.add(Problem.AQ_VALUE_NOT_A_NUMBER.at(where, c.seen(), what, c.seen()));
                return null;
            }
            if (n.value().signum() < 0) {
                findings.add(Problem.AQ_VALUE_NEGATIVE.at(where, c.seen(), what, c.seen()));
                return null;
            }
            return n.value();
        }
        if (p instanceof Parsed.Invalid) findings.add(Problem.AQ_VALUE_NOT_A_NUMBER.at(where, c.seen(), what, c.seen()));
        return null; // empty or —: not measured that day
    }

    private static boolean isSummary(GridCell c) {
        if (c.kind() != CellKind.TEXT) return false;
        String n = Names.normalize(c.text());
        return Vocabulary.SUMMARY_ROW_WORDS.stream().anyMatch(n::contains);
    }
}
