package yearbook.read;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.collect.SubmissionStatus;
import yearbook.model.AirQualityDay;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Observation;
import yearbook.model.Pollutant;

/** Keeps what reading a file gave: its observations or daily records, its findings and its status. */
public class ReadResultStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ReadResultStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Call inside one transaction per file: a file is stored whole or not at all. */
    public SubmissionStatus save(long submissionId, int year, ReadResult result) {
        // A file read again replaces what an earlier reading stored (one round trip for the three tables).
        jdbc.sql("""
                with o as (delete from observation where submission_id = ?),
                     d as (delete from air_quality_day where submission_id = ?)
                delete from finding where submission_id = ? and stage = 'read'""")
                .params(submissionId, submissionId, submissionId).update();
        SubmissionStatus status;
        String unit = null;
        String period = null;
        String kind = null;
        java.time.LocalDate filedOn = null;
        if (result instanceof ReadResult.Report r) {
            status = r.hasErrors() ? SubmissionStatus.QUARANTINED : SubmissionStatus.ACCEPTED;
            unit = r.unitCode();
            period = r.period() == null ? null : r.period().code();
            filedOn = r.filedOn();
            kind = "REPORT";
            saveObservations(submissionId, r.observations());
        } else if (result instanceof ReadResult.AirQuality a) {
            status = a.hasErrors() ? SubmissionStatus.QUARANTINED : SubmissionStatus.ACCEPTED;
            unit = a.stationCode();
            kind = "AIR_QUALITY";
            saveDays(submissionId, a.days());
        } else {
            status = SubmissionStatus.NOT_SUBMISSION;
        }
        saveFindings(submissionId, year, unit, "read", result.findings());
        jdbc.sql("update submission set status = ?, kind = ?, unit_code = ?, period = ?, filed_on = ? where id = ?")
                .params(status.name(), kind, unit, period, filedOn == null ? null : Date.valueOf(filedOn), submissionId)
                .update();
        return status;
    }

    private void saveObservations(long submissionId, List<Observation> observations) {
        List<Object[]> rows = new ArrayList<>();
        for (Observation o : observations) {
            rows.add(new Object[]{submissionId, o.unitCode(), o.period() == null ? null : o.period().code(), o.indicatorCode(), o.value(), o.prior(),
                    o.approximate(), o.notApplicable(), sheet(o.source()), cell(o.source()), o.rawText(), o.conversion()});
        }
        template.batchUpdate("""
                insert into observation (submission_id, unit_code, period, indicator_code, value, prior, approximate,
                                         not_applicable, sheet, cell, raw_text, conversion)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Rows sent to the database at once: a station file may hold a million days, never built as rows all at once. */
    private static final int DAY_BATCH = 2_000;

    private void saveDays(long submissionId, List<AirQualityDay> days) {
        List<Object[]> rows = new ArrayList<>(Math.min(days.size(), DAY_BATCH));
        for (AirQualityDay d : days) {
            var c = d.concentrations();
            rows.add(new Object[]{submissionId, d.stationCode(), Date.valueOf(d.day()), c.get(Pollutant.SO2),
                    c.get(Pollutant.NO2), c.get(Pollutant.PM10), c.get(Pollutant.CO), c.get(Pollutant.O3_1H),
                    c.get(Pollutant.O3_8H), c.get(Pollutant.PM25), d.submittedAqi(), sheet(d.source()), cell(d.source())});
            if (rows.size() == DAY_BATCH) {
                insertDays(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) insertDays(rows);
    }

    private void insertDays(List<Object[]> rows) {
        template.batchUpdate("""
                insert into air_quality_day (submission_id, station_code, day, so2, no2, pm10, co, o3_1h, o3_8h, pm25,
                                             submitted_aqi, sheet, cell)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Findings of any stage; submissionId may be null for findings across files. */
    public void saveFindings(Long submissionId, int year, String unit, String stage, List<Finding> findings) {
        List<Object[]> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(new Object[]{year, submissionId, unit, stage, f.severity().name(), f.rule(), sheet(f.where()),
                    cell(f.where()), f.valueSeen(), f.message(), f.advice()});
        }
        template.batchUpdate("""
                insert into finding (year, submission_id, unit_code, stage, severity, rule, sheet, cell, value_seen,
                                     message, advice)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static String sheet(CellRef c) {
        return c == null ? null : c.sheet();
    }

    private static String cell(CellRef c) {
        return c == null ? null : c.cell();
    }
}
