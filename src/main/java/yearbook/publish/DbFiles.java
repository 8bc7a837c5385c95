package yearbook.publish;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import yearbook.model.Period;

/**
 * A year's received files left in the database: the tallies are counted by it, and a
 * unit's files are read when its sheet is written (a large year has sheets only for the
 * units with findings).
 */
final class DbFiles implements YearFiles {

    private static final String COLUMNS = "select file_name, unit_code, period, status, filed_on from submission";

    private final JdbcClient jdbc;

    private final int year;

    DbFiles(JdbcClient jdbc, int year) {
        this.jdbc = jdbc;
        this.year = year;
    }

    @Override
    public Map<String, Tally> tallies() {
        Map<String, Tally> tallies = new HashMap<>();
        jdbc.sql("""
                select unit_code, count(*), count(*) filter (where status = 'ACCEPTED'),
                       count(*) filter (where status = 'QUARANTINED')
                from submission where year = ? and unit_code is not null group by unit_code""")
            .param(year)
            .query(rs -> {
                tallies.put(rs.getString(1), new Tally(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            });
        return tallies;
    }

    @Override
    public Map<String, List<YearReport.Received>> sentBy(List<String> unitCodes) {
        Map<String, List<YearReport.Received>> some = new HashMap<>();
        jdbc.sql(COLUMNS + " where year = ? and unit_code = any(?) order by id")
            .params(year, new SqlArrayValue("text", unitCodes.toArray()))
            .query(rs -> {
                some.computeIfAbsent(rs.getString(2), u -> new ArrayList<>())
                    .add(received(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDate(5)));
            });
        return some;
    }

    @Override
    public List<YearReport.Received> withoutUnit() {
        return jdbc.sql(COLUMNS + " where year = ? and unit_code is null order by id")
            .param(year)
            .query((rs, n) -> received(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getDate(5)))
            .list();
    }

    private static YearReport.Received received(String file, String unit, String period, String status, Date filedOn) {
        return new YearReport.Received(file, unit, period == null ? null : Period.parseCode(period).label(), status,
                filedOn == null ? null : filedOn.toLocalDate());
    }

}
