package yearbook.cli;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yearbook.deliver.PdfDelivery;
import yearbook.system.YearbookProperties;

/**
 * Stays up and runs on a cron expression (Spring's CronExpression, six fields with
 * seconds): the current year to date, and in January also the year just ended. Pending
 * mail is retried each tick.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = { "常驻运行,按 cron 表达式定时汇编(默认每月5日02:00):当年截至上月的累计数;一月份汇编上一年度全年。",
                "Stays up and runs the job on a cron schedule (yearbook.schedule.cron)." })
public class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--cron", description = "cron 表达式 (秒 分 时 日 月 周), default: yearbook.schedule.cron or '0 0 2 5 * *'")
    String cron;

    @Option(names = "--management-port", paramLabel = "PORT",
            description = "在此端口提供健康检查和监控指标 (Actuator health, info, prometheus on this port; default: off)")
    Integer managementPort;

    @Option(names = "--times", description = "运行若干次后退出 (stop after N ticks; default: run forever)")
    Integer times;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var springArgs = YearbookCommand.SPRING_ARGS.get();
        try (ConfigurableApplicationContext ctx = managementPort == null ? SpringContexts.start(springArgs)
                : SpringContexts.startWithManagement(springArgs, managementPort)) {
            if (managementPort != null) {
                out.printf("监控 (monitoring): http://%s:%d/actuator/health、/actuator/prometheus%n",
                        ctx.getEnvironment().getProperty("management.server.address", "127.0.0.1"), managementPort);
            }
            YearbookProperties props = ctx.getBean(YearbookProperties.class);
            String expr = cron != null ? cron : props.schedule().cron();
            ZoneId zone = props.schedule().zone();
            CronExpression when;
            try {
                when = CronExpression.parse(expr);
            }
            catch (IllegalArgumentException e) {
                out.printf("cron 表达式有误「%s」: %s%n", expr, e.getMessage());
                return ExitCode.USAGE;
            }
            int ticks = 0;
            int last = ExitCode.OK;
            while (times == null || ticks < times) {
                LocalDateTime now = LocalDateTime.now(zone);
                LocalDateTime next = when.next(now);
                if (next == null) {
                    out.printf("cron 表达式「%s」不再触发,退出。%n", expr);
                    return last;
                }
                out.printf("下次运行 (next run): %s%n", next);
                out.flush();
                Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(zone), next).toMillis()));
                ctx.getBean(PdfDelivery.class).retryPending();
                for (int[] due : yearsDue(next)) {
                    last = RunCommand.runYear(ctx, out, due[0], due[1], props.input(), props.output());
                }
                ticks++;
            }
            return last;
        }
    }

    /**
     * {year, through month}: the current year to the end of last month (累计); in January,
     * when the last reports of the year just ended arrive, that whole year instead.
     */
    public static List<int[]> yearsDue(LocalDateTime when) {
        List<int[]> due = new ArrayList<>();
        if (when.getMonthValue() == 1) {
            due.add(new int[] { when.getYear() - 1, 12 });
        }
        else {
            due.add(new int[] { when.getYear(), when.getMonthValue() - 1 });
        }
        return due;
    }

}
