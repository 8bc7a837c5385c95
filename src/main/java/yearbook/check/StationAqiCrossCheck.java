package yearbook.check;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import yearbook.compile.air.AirQualityIndex;
import yearbook.model.AirQualityDay;
import yearbook.model.DailyAirQuality;
import yearbook.model.Finding;
import yearbook.read.store.ReadResultStore;
import yearbook.store.AirQualityDays;

/**
 * A station's AQI column against the AQI computed per HJ 633-2012. A difference is a
 * warning on the day's cell, filed under the file that day came from: the published
 * figures use the computed AQI, the station is asked to explain.
 */
public class StationAqiCrossCheck implements AqiCrossCheck {

    private final AirQualityDays days;

    private final AirQualityIndex index;

    private final ReadResultStore store;

    private final JdbcClient jdbc;

    public StationAqiCrossCheck(AirQualityDays days, AirQualityIndex index, ReadResultStore store, JdbcClient jdbc) {
        this.days = days;
        this.index = index;
        this.store = store;
        this.jdbc = jdbc;
    }

    @Override
    public int check(int year) {
        int count = 0;
        for (var e : days.byStation(year).entrySet()) {
            Map<LocalDate, Finding> findings = new LinkedHashMap<>();
            for (AirQualityDay d : e.getValue()) {
                DailyAirQuality q = index.evaluate(d);
                if (!q.aqiMismatch()) {
                    continue;
                }
                findings.put(d.day(),
                        Finding.warning("AQI_MISMATCH", d.source(), String.valueOf(d.submittedAqi()),
                                d.day() + " 报送的 AQI 为 " + d.submittedAqi() + ",按 HJ 633-2012 由各污染物浓度计算应为 "
                                        + (q.aqi() == null ? "无法计算(有污染物缺测)" : q.aqi()) + "。汇总采用计算值。",
                                "请核对当日各污染物浓度和 AQI,说明差异原因。"));
            }
            if (findings.isEmpty()) {
                continue;
            }
            // Each warning goes to the file the day came from (a station may send a file
            // a month): the one whose reading of the day counts, the latest received, as
            // AirQualityDays takes it.
            Map<Long, List<Finding>> byFile = new LinkedHashMap<>();
            jdbc.sql("""
                    select distinct on (d.day) d.day, s.id
                    from air_quality_day d join submission s on s.id = d.submission_id
                    where s.year = ? and s.status = 'ACCEPTED' and d.station_code = ? and d.day = any(?)
                    order by d.day, s.received_at desc, s.id desc""")
                .params(year, e.getKey(),
                        new SqlArrayValue("date", findings.keySet().stream().map(Date::valueOf).toArray()))
                .query(rs -> {
                    Finding f = findings.get(rs.getDate(1).toLocalDate());
                    if (f != null) {
                        byFile.computeIfAbsent(rs.getLong(2), id -> new ArrayList<>()).add(f);
                    }
                });
            byFile.forEach((submission, list) -> store.saveFindings(submission, year, e.getKey(), "check", list));
            count += findings.size();
        }
        return count;
    }

}
