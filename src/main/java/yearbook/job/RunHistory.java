package yearbook.job;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Past runs from Spring Batch's job repository, each with its stages, and what became of
 * each year's files: what {@code status} prints and the console's 运行 page shows.
 */
public class RunHistory {

    private final JdbcClient jdbc;

    public RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Run(long id, int year, long run, Integer through, Timestamp started, Timestamp ended, String status,
            String output, List<Stage> stages) {
    }

    /**
     * failure: the first line of a failed stage's message, without the exception's class
     * name.
     */
    public record Stage(String name, String status, long read, long written, long filtered, Long millis,
            String failure) {
    }

    public record FileCount(int year, String status, int files) {
    }

    /** Oldest first; year null: every year. */
    public List<Run> runs(Integer year) {
        return jdbc
            .sql("""
                    select e.job_execution_id, y.parameter_value, r.parameter_value, t.parameter_value, e.start_time, e.end_time,
                           e.status, o.parameter_value
                    from batch_job_execution e
                    join batch_job_execution_params y on y.job_execution_id = e.job_execution_id and y.parameter_name = 'year'
                    join batch_job_execution_params r on r.job_execution_id = e.job_execution_id and r.parameter_name = 'run'
                    left join batch_job_execution_params t on t.job_execution_id = e.job_execution_id and t.parameter_name = 'through'
                    left join batch_job_execution_params o on o.job_execution_id = e.job_execution_id and o.parameter_name = 'output'
                    where (cast(? as text) is null or y.parameter_value = ?)
                    order by e.job_execution_id""")
            .params(year == null ? null : year.toString(), year == null ? null : year.toString())
            .query((rs, n) -> new Run(rs.getLong(1), Integer.parseInt(rs.getString(2)), Long.parseLong(rs.getString(3)),
                    rs.getString(4) == null ? null : Integer.valueOf(rs.getString(4)), rs.getTimestamp(5),
                    rs.getTimestamp(6), rs.getString(7), rs.getString(8), stages(rs.getLong(1))))
            .list();
    }

    private List<Stage> stages(long executionId) {
        return jdbc.sql("""
                select step_name, status, read_count, write_count, filter_count,
                       extract(epoch from (end_time - start_time)) * 1000, exit_message
                from batch_step_execution where job_execution_id = ? and step_name not like '%:%'
                order by step_execution_id""")
            .param(executionId)
            .query((rs, n) -> new Stage(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getObject(6) == null ? null : Math.round(rs.getDouble(6)),
                    "FAILED".equals(rs.getString(2)) && rs.getString(7) != null ? rs.getString(7)
                        .lines()
                        .findFirst()
                        .orElse("")
                        // the stored message starts with the exception's class name: not
                        // for people
                        .replaceFirst("^[\\w.$]+(Exception|Error): ", "") : null))
            .list();
    }

    public List<FileCount> files(Integer year) {
        return jdbc.sql("""
                select year, status, count(*) from submission where (cast(? as integer) is null or year = ?)
                group by year, status order by year, status""")
            .params(year, year)
            .query((rs, n) -> new FileCount(rs.getInt(1), rs.getString(2), rs.getInt(3)))
            .list();
    }

    /** The years that have runs or files, newest first. */
    public List<Integer> years() {
        return jdbc
            .sql("""
                    select distinct y from (
                      select cast(parameter_value as integer) y from batch_job_execution_params where parameter_name = 'year'
                      union select year from submission) t order by y desc""")
            .query(Integer.class)
            .list();
    }

}
