package yearbook.read.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import yearbook.collect.SubmissionStatus;
import yearbook.model.AirQualityDay;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Observation;
import yearbook.model.ObservationId;
import yearbook.model.Pollutant;
import yearbook.read.ReadResult;
import yearbook.read.ResultStore;
import yearbook.system.PgCopy;

/**
 * Keeps what reading a file gave: its observations or daily records, its findings and its
 * status.
 */
public class ReadResultStore implements ResultStore {

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    private final TargetStore targetStore;

    public ReadResultStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.targetStore = new TargetStore(template);
    }

    /**
     * Stores the readings of several files; call inside one transaction, so that each
     * file is stored whole or not at all. Statement by statement for all the files at
     * once: one delete, one batch of observations, one of findings, one of status
     * updates. Returns each file's status, in order.
     */
    @Override
    public List<SubmissionStatus> saveAll(int year, List<Read> reads) {
        if (reads.isEmpty()) {
            return List.of();
        }
        Long[] ids = reads.stream().map(Read::submissionId).toArray(Long[]::new);
        // A file read again replaces what an earlier reading stored (one round trip for
        // the three tables); a file's observations are the range of ids its submission's
        // id begins (ObservationId).
        jdbc.sql("""
                with o as (delete from observation o using unnest(?::int8[]) s(id)
                           where """ + ObservationId.OF_SUBMISSION_S + """
                ),
                                     d as (delete from air_quality_day where submission_id = any(?)),
                                     t as (delete from target where submission_id = any(?))
                                delete from finding where submission_id = any(?) and stage = 'read'""")
            .params(new SqlArrayValue("int8", (Object[]) ids), new SqlArrayValue("int8", (Object[]) ids),
                    new SqlArrayValue("int8", (Object[]) ids), new SqlArrayValue("int8", (Object[]) ids))
            .update();
        List<SubmissionStatus> statuses = new ArrayList<>(reads.size());
        List<Read> reports = new ArrayList<>(reads.size());
        List<Object[]> findings = new ArrayList<>();
        StatusColumns updates = new StatusColumns(reads.size());
        for (Read read : reads) {
            long id = read.submissionId();
            ReadResult result = read.result();
            SubmissionStatus status;
            String unit = null;
            String period = null;
            String kind = null;
            LocalDate filedOn = null;
            if (result instanceof ReadResult.Report r) {
                status = r.hasErrors() ? SubmissionStatus.QUARANTINED : SubmissionStatus.ACCEPTED;
                unit = r.unitCode();
                period = r.period() == null ? null : r.period().code();
                filedOn = r.filedOn();
                kind = "REPORT";
                reports.add(read);
            }
            else if (result instanceof ReadResult.AirQuality a) {
                status = a.hasErrors() ? SubmissionStatus.QUARANTINED : SubmissionStatus.ACCEPTED;
                unit = a.stationCode();
                kind = "AIR_QUALITY";
                saveDays(id, a.days());
            }
            else if (result instanceof ReadResult.Targets t) {
                status = t.hasErrors() ? SubmissionStatus.QUARANTINED : SubmissionStatus.ACCEPTED;
                unit = t.issuerCode();
                period = t.period() == null ? null : t.period().code();
                filedOn = t.filedOn();
                kind = "TARGETS";
                targetStore.save(id, t.targets());
            }
            else {
                status = SubmissionStatus.NOT_SUBMISSION;
            }
            for (Finding f : result.findings()) {
                findings.add(findingRow(id, year, unit, "read", f));
            }
            updates.add(status.name(), kind, unit, period, filedOn == null ? null : Date.valueOf(filedOn), id);
            statuses.add(status);
        }
        copyObservations(reports);
        if (!findings.isEmpty()) {
            template.batchUpdate(INSERT_FINDING, findings);
        }
        // one statement for the group: 128 updates of a row on four indexes cost the
        // executor's start and end each, as a batch of statements
        Set<Long> updated = new HashSet<>(jdbc.sql("""
                update submission s
                set status = u.status, kind = u.kind, unit_code = u.unit_code, period = u.period, filed_on = u.filed_on
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::int8[])
                     as u(status, kind, unit_code, period, filed_on, id)
                where s.id = u.id
                returning s.id""").params(updates.arrays()).query(Long.class).list());
        // observation has no row-by-row foreign key (migration V13): its rows stand only
        // with a submission this transaction has just updated
        for (Read read : reads) {
            if (!updated.contains(read.submissionId())) {
                throw new IncorrectUpdateSemanticsDataAccessException(
                        "submission " + read.submissionId() + " no longer exists");
            }
        }
        return statuses;
    }

    /**
     * Observations go in with COPY: at 24,000 files, a third of the cost of the same rows
     * as batched INSERTs.
     */
    private void copyObservations(List<Read> reports) {
        if (reports.stream().allMatch(r -> ((ReadResult.Report) r.result()).observations().isEmpty())) {
            return;
        }
        for (Read read : reports) {
            // unreachable within ReadLimits; refused like any content the database will
            // not take, so that only this file is set aside
            if (((ReadResult.Report) read.result()).observations().size() > ObservationId.PER_SUBMISSION) {
                throw new DataIntegrityViolationException(
                        "submission " + read.submissionId() + " holds more observations than its ids can number");
            }
        }
        template.execute((ConnectionCallback<Void>) con -> {
            PgCopy.copy(con, """
                    copy observation (id, submission_id, unit_code, period, indicator_code, value, prior, approximate,
                                      not_applicable, sheet, cell, raw_text, conversion) from stdin""", w -> {
                for (Read read : reports) {
                    int ordinal = 0;
                    for (Observation o : ((ReadResult.Report) read.result()).observations()) {
                        w.number(ObservationId.of(read.submissionId(), ordinal++))
                            .tab()
                            .number(read.submissionId())
                            .tab()
                            .text(o.unitCode())
                            .tab()
                            .text(o.period() == null ? null : o.period().code())
                            .tab()
                            .text(o.indicatorCode())
                            .tab()
                            .number(o.value())
                            .tab()
                            .number(o.prior())
                            .tab()
                            .bool(o.approximate())
                            .tab()
                            .bool(o.notApplicable())
                            .tab()
                            .text(sheet(o.source()))
                            .tab()
                            .text(cell(o.source()))
                            .tab()
                            .text(o.rawText())
                            .tab()
                            .text(o.conversion())
                            .end();
                    }
                }
            });
            return null;
        });
    }

    /**
     * The status updates of a group, a column at a time, for one update through unnest.
     */
    private static final class StatusColumns {

        private final List<String> statuses;

        private final List<String> kinds;

        private final List<String> units;

        private final List<String> periods;

        private final List<Date> filedOn;

        private final List<Long> ids;

        StatusColumns(int size) {
            statuses = new ArrayList<>(size);
            kinds = new ArrayList<>(size);
            units = new ArrayList<>(size);
            periods = new ArrayList<>(size);
            filedOn = new ArrayList<>(size);
            ids = new ArrayList<>(size);
        }

        void add(String status, String kind, String unit, String period, Date filed, long id) {
            statuses.add(status);
            kinds.add(kind);
            units.add(unit);
            periods.add(period);
            filedOn.add(filed);
            ids.add(id);
        }

        Object[] arrays() {
            return new Object[] { new SqlArrayValue("text", statuses.toArray()),
                    new SqlArrayValue("text", kinds.toArray()), new SqlArrayValue("text", units.toArray()),
                    new SqlArrayValue("text", periods.toArray()), new SqlArrayValue("date", filedOn.toArray()),
                    new SqlArrayValue("int8", ids.toArray()) };
        }

    }

    private static final String INSERT_FINDING = """
            insert into finding (year, submission_id, unit_code, stage, severity, rule, sheet, cell, value_seen,
                                 message, advice)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static Object[] findingRow(Long submissionId, int year, String unit, String stage, Finding f) {
        return new Object[] { year, submissionId, unit, stage, f.severity().name(), f.rule(), sheet(f.where()),
                cell(f.where()), f.valueSeen(), f.message(), f.advice() };
    }

    /**
     * A station's days go in with COPY, streamed: a station file may hold a million of
     * them.
     */
    private void saveDays(long submissionId, List<AirQualityDay> days) {
        if (days.isEmpty()) {
            return;
        }
        template.execute((ConnectionCallback<Void>) con -> {
            PgCopy.copy(con, """
                    copy air_quality_day (submission_id, station_code, day, so2, no2, pm10, co, o3_1h, o3_8h, pm25,
                                          submitted_aqi, sheet, cell) from stdin""", w -> {
                for (AirQualityDay d : days) {
                    var c = d.concentrations();
                    w.number(submissionId)
                        .tab()
                        .text(d.stationCode())
                        .tab()
                        .text(d.day().toString())
                        .tab()
                        .number(c.get(Pollutant.SO2))
                        .tab()
                        .number(c.get(Pollutant.NO2))
                        .tab()
                        .number(c.get(Pollutant.PM10))
                        .tab()
                        .number(c.get(Pollutant.CO))
                        .tab()
                        .number(c.get(Pollutant.O3_1H))
                        .tab()
                        .number(c.get(Pollutant.O3_8H))
                        .tab()
                        .number(c.get(Pollutant.PM25))
                        .tab()
                        .text(d.submittedAqi() == null ? null : d.submittedAqi().toString())
                        .tab()
                        .text(sheet(d.source()))
                        .tab()
                        .text(cell(d.source()))
                        .end();
                }
            });
            return null;
        });
    }

    /** Findings of any stage; submissionId may be null for findings across files. */
    public void saveFindings(Long submissionId, int year, String unit, String stage, List<Finding> findings) {
        List<Object[]> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(findingRow(submissionId, year, unit, stage, f));
        }
        if (!rows.isEmpty()) {
            template.batchUpdate(INSERT_FINDING, rows);
        }
    }

    private static String sheet(CellRef c) {
        return c == null ? null : c.sheet();
    }

    private static String cell(CellRef c) {
        return c == null ? null : c.cell();
    }

}
