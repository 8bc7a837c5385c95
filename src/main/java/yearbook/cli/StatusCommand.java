package yearbook.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Past runs, from Spring Batch's job repository, with what became of the year's files. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"查看历次运行:时间、参数、结果、文件采用/退回情况。", "Lists past runs and their outcome."})
public class StatusCommand implements Callable<Integer> {
    @Option(names = {"-y", "--year"}, description = "只看某一年度 (only this year)")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = SpringContexts.start(YearbookCommand.SPRING_ARGS.get())) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            var rows = jdbc.sql("""
                    select e.job_execution_id, y.parameter_value as year, r.parameter_value as run, e.start_time, e.end_time,
                           e.status, e.exit_code, o.parameter_value as output
                    from batch_job_execution e
                    join batch_job_execution_params y on y.job_execution_id = e.job_execution_id and y.parameter_name = 'year'
                    join batch_job_execution_params r on r.job_execution_id = e.job_execution_id and r.parameter_name = 'run'
                    left join batch_job_execution_params o on o.job_execution_id = e.job_execution_id and o.parameter_name = 'output'
                    where (cast(? as text) is null or y.parameter_value = ?)
                    order by e.job_execution_id""")
                    .params(year == null ? null : year.toString(), year == null ? null : year.toString())
                    .query((rs, n) -> String.format("#%-4d %s年 第%s次  %s → %s  %-9s 输出 %s/%s",
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getTimestamp(5),
                            rs.getString(6), rs.getString(8), rs.getString(2)))
                    .list();
            if (rows.isEmpty()) out.println("还没有运行记录。(no runs yet)");
            for (String row : rows) {
                out.println(row);
                long id = Long.parseLong(row.substring(1, row.indexOf(' ')).trim());
                jdbc.sql("""
                        select step_name, status, read_count, write_count, filter_count,
                               extract(epoch from (end_time - start_time)) * 1000, exit_message
                        from batch_step_execution where job_execution_id = ? and step_name not like '%:%'
                        order by step_execution_id""")
                        .param(id)
                        .query((rs, n) -> {
                            out.printf("      %-8s %-9s 读 %d 写 %d 过滤 %d  %s ms%s%n", rs.getString(1), rs.getString(2),
                                    rs.getLong(3), rs.getLong(4), rs.getLong(5),
                                    rs.getObject(6) == null ? "—" : String.valueOf(Math.round(rs.getDouble(6))),
                                    "FAILED".equals(rs.getString(2)) && rs.getString(7) != null
                                            ? "  " + rs.getString(7).lines().findFirst().orElse("")
                                            // the stored message starts with the exception's class name: not for people
                                            .replaceFirst("^[\\w.$]+(Exception|Error): ", "") : "");
                            return null;
                        }).list();
            }
            var files = jdbc.sql("select year, status, count(*) from submission where (cast(? as integer) is null or year = ?) group by year, status order by year, status")
                    .params(year, year)
                    .query((rs, n) -> String.format("  %d年 %-14s %d 个文件", rs.getInt(1), rs.getString(2), rs.getInt(3))).list();
            if (!files.isEmpty()) out.println("文件 (files):");
            files.forEach(out::println);
            return ExitCode.OK;
        }
    }
}
