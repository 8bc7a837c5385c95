package yearbook.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import yearbook.catalog.Names;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.Pollutant;
import yearbook.read.ValueText.Parsed;

/**
 * Reads a station's 空气质量日报 (spec §2). A missing value stays absent from the day's map:
 * whether the day counts is decided later by the validity rules of domain.md, never here.
 */
final class AirQualitySheetReader {

    /**
     * No daily concentration or AQI comes near this (the AQI scale ends at 500; PM10 at
     * 600 µg/m³).
     */
    static final BigDecimal MAX_READING = new BigDecimal("10000");

    private final UnitRegistry units;

    AirQualitySheetReader(UnitRegistry units) {
        this.units = units;
    }

    /**
     * A whole sheet already in memory (as an .xls is): the same path as a streamed sheet.
     */
    ReadResult.AirQuality read(SheetGrid sheet, AirQualityHeader h) {
        StationDays days = start(sheet.name(), sheet, h, ReadLimits.DEFAULTS.maxFindingsPerRule());
        for (int r : sheet.rowIndicesAfter(h.row())) {
            days.row(r, sheet.row(r));
        }
        return days.finish();
    }

    /**
     * Starts reading a sheet whose rows after the header arrive one by one (a streamed
     * sheet may hold a million days: no row is kept, each becomes a day at once).
     * @param head the rows up to the header row, for the metadata block (站点:…)
     */
    StationDays start(String sheetName, SheetGrid head, AirQualityHeader h, int maxFindingsPerRule) {
        return new StationDays(sheetName, head, h, maxFindingsPerRule);
    }

    /** The days of one sheet as its rows arrive. */
    final class StationDays {

        private final String sheet;

        private final AirQualityHeader h;

        private final CappedFindings findings;

        private final DayTable days;

        /**
         * Dates already read, per station: a 站点 column may name several stations, one
         * date each.
         */
        private final Map<Integer, SeenDays> seen = new HashMap<>();

        /** The stations met, in order; days refer to them by index. */
        private final List<String> codes = new ArrayList<>();

        /**
         * Names seen in the 站点 column → their code, or null when not a known station
         * (said once).
         */
        private final Map<String, String> byName = new HashMap<>();

        private String station;

        private String stationSeen;

        private StationDays(String sheet, SheetGrid head, AirQualityHeader h, int maxFindingsPerRule) {
            this.sheet = sheet;
            this.h = h;
            this.findings = new CappedFindings(maxFindingsPerRule);
            this.days = new DayTable(sheet, h.dateCol());
            MetadataBlock meta = new MetadataBlock(head, h.row());
            Optional<MetadataBlock.Entry> m = meta.get(Vocabulary.LABEL_STATION);
            if (m.isPresent() && !m.get().text().isBlank()) {
                stationSeen = m.get().text();
                station = station(stationSeen, ref(m.get().cell()), findings);
            }
        }

        /** One row after the header: its non-blank cells, left to right. */
        void row(int r, List<GridCell> cells) {
            GridCell dateCell = cell(cells, r, h.dateCol());
            if (dateCell.isBlank() || isSummary(dateCell)) {
                return;
            }
            CellRef dateRef = ref(dateCell);
            String dayStation = station;
            if (h.stationCol() >= 0) {
                GridCell sc = cell(cells, r, h.stationCol());
                if (!sc.isBlank()) {
                    String name = sc.seen();
                    if (!byName.containsKey(name)) {
                        byName.put(name, station(name, ref(sc), findings));
                    }
                    dayStation = byName.get(name);
                    if (stationSeen == null) {
                        stationSeen = name;
                        station = dayStation;
                    }
                    if (dayStation == null) {
                        return; // an unknown station: said once, its rows not read
                    }
                }
            }
            Optional<LocalDate> day = DateText.read(dateCell);
            if (day.isEmpty()) {
                findings.add(Problem.AQ_DATE_UNREADABLE,
                        () -> Problem.AQ_DATE_UNREADABLE.at(dateRef, dateCell.seen(), dateCell.seen()));
                return;
            }
            int stationIndex = codes.indexOf(dayStation);
            if (stationIndex < 0) {
                codes.add(dayStation);
                stationIndex = codes.size() - 1;
            }
            final int duplicateAt = stationIndex;
            if (!seen.computeIfAbsent(stationIndex, s -> new SeenDays()).add(day.get().toEpochDay())) {
                // The earlier row is looked up only for a finding that is listed: rare,
                // and a scan.
                findings.add(Problem.AQ_DATE_DUPLICATE, () -> Problem.AQ_DATE_DUPLICATE.at(dateRef, dateCell.seen(),
                        day.get(), earlier(day.get(), duplicateAt)));
                return;
            }
            Map<Pollutant, BigDecimal> values = new EnumMap<>(Pollutant.class);
            for (Map.Entry<Pollutant, Integer> p : h.pollutants().entrySet()) {
                BigDecimal v = number(cell(cells, r, p.getValue()), p.getKey().label());
                if (v != null) {
                    values.put(p.getKey(), v);
                }
            }
            Integer aqi = null;
            if (h.aqiCol() >= 0) {
                GridCell c = cell(cells, r, h.aqiCol());
                BigDecimal v = number(c, "AQI");
                if (v != null) {
                    try {
                        aqi = v.intValueExact();
                    }
                    catch (ArithmeticException e) {
                        findings.add(Problem.AQ_AQI_NOT_INTEGER,
                                () -> Problem.AQ_AQI_NOT_INTEGER.at(ref(c), c.seen(), c.seen()));
                    }
                }
            }
            days.add(day.get(), values, aqi, r, stationIndex);
        }

        ReadResult.AirQuality finish() {
            CellRef whole = new CellRef(sheet, null);
            if (stationSeen == null) {
                findings.add(Problem.STATION_MISSING, () -> Problem.STATION_MISSING.at(whole, ""));
            }
            if (days.isEmpty() && !findings.anyError()) {
                findings.add(Problem.AQ_NO_DAYS, () -> Problem.AQ_NO_DAYS.at(whole, ""));
            }
            if (codes.isEmpty()) {
                codes.add(station);
            }
            return new ReadResult.AirQuality(sheet, station, days.seal(codes), findings.list(whole));
        }

        private CellRef earlier(LocalDate day, int station) {
            for (int i = 0; i < days.size(); i++) {
                if (days.epochDay(i) == day.toEpochDay() && days.station(i) == station) {
                    return days.source(i);
                }
            }
            return null;
        }

        private BigDecimal number(GridCell c, String what) {
            Parsed p = ValueText.read(c, List.of());
            if (p instanceof Parsed.Number n) {
                if (n.approximate()) {
                    findings.add(Problem.AQ_VALUE_NOT_A_NUMBER,
                            () -> Problem.AQ_VALUE_NOT_A_NUMBER.at(ref(c), c.seen(), what, c.seen()));
                    return null;
                }
                if (n.value().signum() < 0) {
                    findings.add(Problem.AQ_VALUE_NEGATIVE,
                            () -> Problem.AQ_VALUE_NEGATIVE.at(ref(c), c.seen(), what, c.seen()));
                    return null;
                }
                if (!plausible(n.value())) {
                    String quoted = ValueBounds.quote(c.seen());
                    findings.add(Problem.AQ_VALUE_OUT_OF_RANGE, () -> Problem.AQ_VALUE_OUT_OF_RANGE.at(ref(c), quoted,
                            what, quoted, InFileChecks.plain(MAX_READING)));
                    return null;
                }
                return n.value();
            }
            if (p instanceof Parsed.Invalid) {
                findings.add(Problem.AQ_VALUE_NOT_A_NUMBER,
                        () -> Problem.AQ_VALUE_NOT_A_NUMBER.at(ref(c), c.seen(), what, c.seen()));
            }
            return null; // empty or —: not measured that day
        }

        /**
         * A daily reading (µg/m³, mg/m³ or an AQI) is far below 10,000, with at most 15
         * digits and 4 decimals.
         */
        private static boolean plausible(BigDecimal v) {
            BigDecimal s = MeasureUnits.strip(v);
            return v.compareTo(MAX_READING) <= 0 && s.precision() <= ValueBounds.MAX_SIGNIFICANT_DIGITS
                    && s.scale() <= 4;
        }

        private CellRef ref(GridCell c) {
            return c.col() < 0 ? new CellRef(sheet, null) : CellRef.of(sheet, c.row(), c.col());
        }

    }

    /** The cell of a row at a column, blank when the row has none there. */
    static GridCell cell(List<GridCell> cells, int row, int col) {
        for (GridCell c : cells) {
            if (c.col() == col) {
                return c;
            }
        }
        return GridCell.blank(row, col);
    }

    /**
     * Days already read, as bits over the days a four-digit year can name (450 KB), not a
     * map of a million dates.
     */
    private static final class SeenDays {

        private static final long FIRST = LocalDate.of(0, 1, 1).toEpochDay();

        private static final long LAST = LocalDate.of(9999, 12, 31).toEpochDay();

        private final BitSet bits = new BitSet();

        private final Set<Long> outside = new HashSet<>();

        boolean add(long epochDay) {
            if (epochDay < FIRST || epochDay > LAST) {
                return outside.add(epochDay);
            }
            int i = (int) (epochDay - FIRST);
            if (bits.get(i)) {
                return false;
            }
            bits.set(i);
            return true;
        }

    }

    private String station(String name, CellRef where, CappedFindings findings) {
        Optional<ReportingUnit> u = units.resolve(name).filter(x -> x.kind() == UnitKind.STATION);
        if (u.isEmpty()) {
            List<String> known = units.stations().stream().map(ReportingUnit::name).toList();
            findings.add(Problem.STATION_UNKNOWN,
                    () -> Problem.STATION_UNKNOWN.at(where, name, name, String.join("、", known)));
            return null;
        }
        return u.get().code();
    }

    private static boolean isSummary(GridCell c) {
        if (c.kind() != CellKind.TEXT) {
            return false;
        }
        String n = Names.normalize(c.text());
        return Vocabulary.SUMMARY_ROW_WORDS.stream().anyMatch(n::contains);
    }

}
