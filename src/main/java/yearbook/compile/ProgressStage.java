package yearbook.compile;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.CellRef;
import yearbook.model.Figure;
import yearbook.model.Finding;
import yearbook.model.PeriodKind;
import yearbook.model.Progress;
import yearbook.model.Target;
import yearbook.model.TargetDirection;

/**
 * Compiles the year's 完成率 and 时序进度 into target_progress, against the standing 目标任务
 * workbook, right after the figures (same transaction). Its findings (stage 'progress')
 * say why a 完成率 is —.
 */
public class ProgressStage {

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    private final TargetProgress progress;

    public ProgressStage(JdbcClient jdbc, JdbcTemplate template, IndicatorCatalog catalog, UnitRegistry units) {
        this.jdbc = jdbc;
        this.template = template;
        this.progress = new TargetProgress(catalog, units);
    }

    /** A target as stored, with its id and file. */
    public record Stored(long id, long submissionId, String fileName, Target target) {
    }

    /** The targets of the standing 目标任务 workbook of a year (none: an empty list). */
    public List<Stored> targets(int year) {
        return jdbc.sql("""
                select t.id, t.submission_id, s.file_name, t.year, t.unit_code, t.indicator_code, t.direction, t.annual,
                       t.split_kind, t.split, t.sheet, t.cell, t.raw_text
                from target t join submission s on s.id = t.submission_id
                where s.year = ? and s.status = 'ACCEPTED' and s.kind = 'TARGETS' and t.year = ?
                order by t.id""")
            .params(year, year)
            .query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), target(rs, 4)))
            .list();
    }

    /**
     * The Target of a result set's columns from {@code at}: year, unit, indicator,
     * direction, annual, split kind, split, sheet, cell, raw.
     */
    public static Target target(ResultSet rs, int at) throws SQLException {
        String kind = rs.getString(at + 5);
        Array a = rs.getArray(at + 6);
        BigDecimal[] split = null;
        if (a != null) {
            Object[] values = (Object[]) a.getArray();
            split = new BigDecimal[values.length];
            for (int k = 0; k < values.length; k++) {
                split[k] = (BigDecimal) values[k];
            }
        }
        return new Target(rs.getInt(at), rs.getString(at + 1), rs.getString(at + 2),
                TargetDirection.valueOf(rs.getString(at + 3)), rs.getBigDecimal(at + 4),
                kind == null ? null : PeriodKind.valueOf(kind), split,
                new CellRef(rs.getString(at + 7), rs.getString(at + 8)), rs.getString(at + 9));
    }

    public int compile(int year, int throughMonth, List<Figure> figures) {
        jdbc.sql("delete from target_progress where year = ?").param(year).update();
        jdbc.sql("delete from finding where year = ? and stage = 'progress'").param(year).update();
        List<Stored> stored = targets(year);
        if (stored.isEmpty()) {
            return 0;
        }
        List<TargetProgress.Given> given = stored.stream()
            .map(s -> new TargetProgress.Given(s.target(), s.fileName()))
            .toList();
        TargetProgress.Result result = progress.compute(year, throughMonth, given, figures);
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < stored.size(); k++) {
            Progress p = result.progress().get(k);
            rows.add(new Object[] { year, throughMonth, stored.get(k).id(), p.unitCode(), p.indicatorCode(), p.actual(),
                    p.completion(), p.schedule(), p.state().name(), p.rank(), p.incomplete() });
        }
        template.batchUpdate(
                """
                        insert into target_progress (year, through_month, target_id, unit_code, indicator_code, actual, completion,
                                                     schedule, state, rank, incomplete)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows);
        List<Object[]> findings = new ArrayList<>();
        long submission = stored.get(0).submissionId();
        for (TargetProgress.UnitFinding uf : result.findings()) {
            Finding f = uf.finding();
            findings.add(new Object[] { year, submission, uf.unitCode(), f.severity().name(), f.rule(),
                    f.where() == null ? null : f.where().sheet(), f.where() == null ? null : f.where().cell(),
                    f.valueSeen(), f.message(), f.advice() });
        }
        if (!findings.isEmpty()) {
            template.batchUpdate(
                    """
                            insert into finding (year, submission_id, unit_code, stage, severity, rule, sheet, cell, value_seen, message, advice)
                            values (?, ?, ?, 'progress', ?, ?, ?, ?, ?, ?, ?)""",
                    findings);
        }
        return rows.size();
    }

}
