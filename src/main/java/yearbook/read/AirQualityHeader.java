package yearbook.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import yearbook.catalog.Names;
import yearbook.model.Pollutant;

/** The header row of a 空气质量日报 (spec §2): 日期, pollutant columns, optional 站点 and AQI. */
record AirQualityHeader(int row, int dateCol, int stationCol, int aqiCol, Map<Pollutant, Integer> pollutants) {

    static Optional<AirQualityHeader> find(SheetGrid sheet) {
        for (int r : sheet.rowIndices()) {
            List<GridCell> cells = sheet.row(r);
            int date = ReportHeader.column(cells, List.of(Vocabulary.DATE_HEADER, "监测日期"));
            if (date < 0) {
                continue;
            }
            Map<Pollutant, Integer> cols = new EnumMap<>(Pollutant.class);
            int aqi = -1;
            for (GridCell c : cells) {
                if (c.kind() != CellKind.TEXT) {
                    continue;
                }
                Optional<Pollutant> p = PollutantHeaders.of(c.text());
                if (p.isPresent()) {
                    cols.putIfAbsent(p.get(), c.col());
                }
                String n = Names.normalize(c.text()).toUpperCase(Locale.ROOT);
                if (aqi < 0 && Vocabulary.AQI_HEADERS.stream().anyMatch(n::startsWith)) {
                    aqi = c.col();
                }
            }
            // Two pollutants at least, so that a sheet that merely has a 日期 column is not
            // taken for one.
            if (cols.size() < 2) {
                continue;
            }
            return Optional
                .of(new AirQualityHeader(r, date, ReportHeader.column(cells, Vocabulary.STATION_HEADERS), aqi, cols));
        }
        return Optional.empty();
    }
}
