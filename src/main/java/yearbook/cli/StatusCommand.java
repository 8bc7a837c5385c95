package yearbook.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yearbook.job.RunHistory;

/**
 * Past runs, from Spring Batch's job repository, with what became of the year's files.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = { "查看历次运行:时间、参数、结果、文件采用/退回情况。", "Lists past runs and their outcome." })
public class StatusCommand implements Callable<Integer> {

    @Option(names = { "-y", "--year" }, description = "只看某一年度 (only this year)")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = SpringContexts.start(YearbookCommand.SPRING_ARGS.get())) {
            RunHistory history = new RunHistory(ctx.getBean(JdbcClient.class));
            var runs = history.runs(year);
            if (runs.isEmpty()) {
                out.println("还没有运行记录。(no runs yet)");
            }
            for (RunHistory.Run r : runs) {
                out.println(String.format("#%-4d %s年 第%s次  %s → %s  %-9s 输出 %s/%s", r.id(), r.year(), r.run(),
                        r.started(), r.ended(), r.status(), r.output(), r.year()));
                for (RunHistory.Stage s : r.stages()) {
                    out.printf("      %-8s %-9s 读 %d 写 %d 过滤 %d  %s ms%s%n", s.name(), s.status(), s.read(),
                            s.written(), s.filtered(), s.millis() == null ? "—" : String.valueOf(s.millis()),
                            s.failure() == null ? "" : "  " + s.failure());
                }
            }
            var files = history.files(year);
            if (!files.isEmpty()) {
                out.println("文件 (files):");
            }
            for (RunHistory.FileCount f : files) {
                out.println(String.format("  %d年 %-14s %d 个文件", f.year(), f.status(), f.files()));
            }
            return ExitCode.OK;
        }
    }

}
