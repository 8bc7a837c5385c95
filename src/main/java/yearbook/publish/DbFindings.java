package yearbook.publish;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import yearbook.model.CellRef;
import yearbook.model.Finding;
import yearbook.model.Severity;

/**
 * A year's findings left in the database: the counts are made by it, and a unit's
 * findings are read when its sheet is written, a batch of units at a time.
 */
final class DbFindings implements YearFindings {

    private static final String COLUMNS = """
            select f.unit_code, s.file_name, f.severity, f.rule, f.sheet, f.cell, f.value_seen, f.message, f.advice
            from finding f left join submission s on s.id = f.submission_id""";

    /** The order the report has always listed them in (before its own sort by cell). */
    private static final String ORDER = " order by s.file_name,"
            + " case f.severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end, f.id";

    private final JdbcClient jdbc;

    private final int year;

    DbFindings(JdbcClient jdbc, int year) {
        this.jdbc = jdbc;
        this.year = year;
    }

    @Override
    public Map<String, Count> counts() {
        Map<String, Count> counts = new HashMap<>();
        jdbc.sql("""
                select unit_code, count(*) filter (where severity = 'ERROR'),
                       count(*) filter (where severity = 'WARNING'), count(*)
                from finding where year = ? and unit_code is not null group by unit_code""").param(year).query(rs -> {
            counts.put(rs.getString(1), new Count(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        });
        return counts;
    }

    @Override
    public Map<String, List<YearReport.FileFinding>> about(List<String> unitCodes) {
        Map<String, List<YearReport.FileFinding>> some = new HashMap<>();
        jdbc.sql(COLUMNS + " where f.year = ? and f.unit_code = any(?)" + ORDER)
            .params(year, new SqlArrayValue("text", unitCodes.toArray()))
            .query(rs -> {
                some.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(finding(rs));
            });
        return some;
    }

    @Override
    public List<YearReport.FileFinding> withoutUnit() {
        return jdbc.sql(COLUMNS + " where f.year = ? and f.unit_code is null" + ORDER)
            .param(year)
            .query((rs, n) -> finding(rs))
            .list();
    }

    private static YearReport.FileFinding finding(ResultSet rs) throws SQLException {
        return new YearReport.FileFinding(rs.getString(1), rs.getString(2),
                new Finding(Severity.valueOf(rs.getString(3)), rs.getString(4),
                        new CellRef(rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8),
                        rs.getString(9)));
    }

}
