package yearbook.job;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The health endpoint's word on the yearly job: for each year, when its last run ended
 * and how (from Spring Batch's job repository). Up as long as the job repository can be
 * read; a failed run is reported, not made a failure of the service — the next run
 * resumes it.
 */
public class YearlyRunsHealth extends AbstractHealthIndicator {

    private final JdbcClient jdbc;

    public YearlyRunsHealth(JdbcClient jdbc) {
        super("无法读取运行记录 (cannot read the job repository)");
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Object> years = new LinkedHashMap<>();
        jdbc.sql(
                """
                        select distinct on (y.parameter_value) y.parameter_value, r.parameter_value, e.start_time, e.end_time,
                               e.status, e.exit_code
                        from batch_job_execution e
                        join batch_job_execution_params y on y.job_execution_id = e.job_execution_id and y.parameter_name = 'year'
                        left join batch_job_execution_params r on r.job_execution_id = e.job_execution_id and r.parameter_name = 'run'
                        order by y.parameter_value, e.job_execution_id desc""")
            .query(rs -> {
                Map<String, Object> last = new LinkedHashMap<>();
                last.put("run", rs.getString(2));
                last.put("started", iso(rs.getTimestamp(3)));
                last.put("ended", iso(rs.getTimestamp(4)));
                last.put("status", rs.getString(5));
                last.put("exitCode", rs.getString(6));
                last.put("说明", outcome(rs.getString(5), rs.getTimestamp(4) != null));
                years.put(rs.getString(1), last);
            });
        builder.up().withDetail("years", years);
    }

    private static String iso(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }

    private static String outcome(String status, boolean ended) {
        if (!ended) {
            return "正在运行(或进程被中断,下次运行时恢复)";
        }
        return switch (status) {
            case "COMPLETED" -> "完成";
            case "FAILED" -> "失败,再次运行同一命令将从失败的阶段继续";
            case "STOPPED", "ABANDONED" -> "已停止";
            default -> status;
        };
    }

}
