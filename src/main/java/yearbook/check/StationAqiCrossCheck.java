package yearbook.check;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.compile.AirQualityDays;
import yearbook.compile.air.AirQualityIndex;
import yearbook.model.AirQualityDay;
import yearbook.model.DailyAirQuality;
import yearbook.model.Finding;
import yearbook.read.ReadResultStore;

/**
 * A station's AQI column against the AQI computed per HJ 633-2012. A difference is a warning on the
 * day's cell: the published figures use the computed AQI, the station is asked to explain.
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
            List<Finding> findings = new ArrayList<>();
            for (AirQualityDay d : e.getValue()) {
                DailyAirQuality q = index.evaluate(d);
                if (!q.aqiMismatch()) continue;
                findings.add(Finding.warning("AQI_MISMATCH", d.source(), String.valueOf(d.submittedAqi()),
                        d.day() + " 报送的 AQI 为 " + d.submittedAqi() + ",按 HJ 633-2012 由各污染物浓度计算应为 "
                                + (q.aqi() == null ? "无法计算(有污染物缺测)" : q.aqi()) + "。汇总采用计算值。",
                        "请核对当日各污染物浓度和 AQI,说明差异原因。"));
            }
            if (findings.isEmpty()) continue;
            Long submission = jdbc.sql("""
                    select max(s.id) from submission s join air_quality_day d on d.submission_id = s.id
                    where s.year = ? and s.status = 'ACCEPTED' and d.station_code = ?""")
                    .params(year, e.getKey()).query(Long.class).optional().orElse(null);
            store.saveFindings(submission, year, e.getKey(), "check", findings);
            count += findings.size();
        }
        return count;
    }
}
