package yearbook.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.model.AirQualityDay;
import yearbook.model.AnnualAirQuality;
import yearbook.model.CellRef;
import yearbook.model.Pollutant;

/**
 * The standing daily records of a year per station. Where two accepted files give the
 * same day, the later file's record stands (a corrected month replaces the first one).
 */
public class AirQualityDays {

    private final JdbcClient jdbc;

    public AirQualityDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, List<AirQualityDay>> byStation(int year) {
        Map<String, Map<LocalDate, AirQualityDay>> m = new LinkedHashMap<>();
        jdbc.sql("""
                select d.station_code, d.day, d.so2, d.no2, d.pm10, d.co, d.o3_1h, d.o3_8h, d.pm25, d.submitted_aqi,
                       d.sheet, d.cell
                from air_quality_day d join submission s on s.id = d.submission_id
                where s.year = ? and s.status = 'ACCEPTED' and extract(year from d.day) = ?
                order by d.station_code, d.day, s.received_at, s.id""").params(year, year).query((rs, n) -> {
            AirQualityDay d = day(rs);
            m.computeIfAbsent(d.stationCode(), s -> new TreeMap<>()).put(d.day(), d);
            return null;
        }).list();
        Map<String, List<AirQualityDay>> out = new LinkedHashMap<>();
        m.forEach((s, days) -> out.put(s, List.copyOf(days.values())));
        return out;
    }

    /**
     * Each station's year per HJ 663-2013, January through the month, in station-code
     * order: the one place compile and publish evaluate the stations. One station's days
     * are in memory at a time.
     */
    public List<AnnualAirQuality> evaluate(int year, int throughMonth, AnnualAirQualityEvaluator evaluator) {
        List<AnnualAirQuality> out = new ArrayList<>();
        String[] station = { null };
        Map<LocalDate, AirQualityDay> days = new TreeMap<>();
        Runnable flush = () -> {
            if (station[0] != null) {
                out.add(evaluator.evaluate(station[0], year, List.copyOf(days.values())));
            }
            days.clear();
        };
        jdbc.sql("""
                select d.station_code, d.day, d.so2, d.no2, d.pm10, d.co, d.o3_1h, d.o3_8h, d.pm25, d.submitted_aqi,
                       d.sheet, d.cell
                from air_quality_day d join submission s on s.id = d.submission_id
                where s.year = ? and s.status = 'ACCEPTED' and extract(year from d.day) = ?
                order by d.station_code, d.day, s.received_at, s.id""").params(year, year).query(rs -> {
            AirQualityDay d = day(rs);
            if (!d.stationCode().equals(station[0])) {
                flush.run();
                station[0] = d.stationCode();
            }
            if (d.day().getMonthValue() <= throughMonth) {
                days.put(d.day(), d);
            }
        });
        flush.run();
        return out;
    }

    private static AirQualityDay day(ResultSet rs) throws SQLException {
        Map<Pollutant, BigDecimal> c = new EnumMap<>(Pollutant.class);
        put(c, Pollutant.SO2, rs.getBigDecimal(3));
        put(c, Pollutant.NO2, rs.getBigDecimal(4));
        put(c, Pollutant.PM10, rs.getBigDecimal(5));
        put(c, Pollutant.CO, rs.getBigDecimal(6));
        put(c, Pollutant.O3_1H, rs.getBigDecimal(7));
        put(c, Pollutant.O3_8H, rs.getBigDecimal(8));
        put(c, Pollutant.PM25, rs.getBigDecimal(9));
        int aqi = rs.getInt(10);
        Integer submitted = rs.wasNull() ? null : aqi;
        return new AirQualityDay(rs.getString(1), rs.getDate(2).toLocalDate(), c, submitted,
                new CellRef(rs.getString(11), rs.getString(12)));
    }

    private static void put(Map<Pollutant, BigDecimal> c, Pollutant p, BigDecimal v) {
        if (v != null) {
            c.put(p, v);
        }
    }

}
