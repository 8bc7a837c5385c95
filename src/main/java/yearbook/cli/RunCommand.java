package yearbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Callable;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yearbook.collect.InputFolder;
import yearbook.deliver.PdfDelivery;
import yearbook.job.ProgressHolder;
import yearbook.job.YearlyJobLauncher;
import yearbook.system.YearbookProperties;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = { "运行年度作业:收集、读取、审核、汇总、发布。", "Runs the yearly job on input/<year>/ and writes output/<year>/.",
                "退出码 exit codes: 0 成功; 1 失败; 2 参数错误; 3 完成但有退回文件; 4 该年度已有作业在运行" })
public class RunCommand implements Callable<Integer> {

    @Option(names = { "-y", "--year" }, required = true, description = "统计年度 (the year), e.g. 2022")
    int year;

    @Option(names = { "-t", "--through" }, defaultValue = "12",
            description = "累计到几月 (year to date through month 1-12; default: ${DEFAULT-VALUE}, the whole year)")
    int through;

    @Option(names = "--input", description = "输入目录,含各年度子目录 (default: yearbook.input, 'input')")
    Path input;

    @Option(names = "--output", description = "输出目录 (default: yearbook.output, 'output')")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = SpringContexts.start(YearbookCommand.SPRING_ARGS.get())) {
            YearbookProperties props = ctx.getBean(YearbookProperties.class);
            if (through < 1 || through > 12) {
                spec.commandLine().getOut().printf("参数错误: --through 应为 1 到 12 的月份,收到 %d。(bad month)%n", through);
                return ExitCode.USAGE;
            }
            return runYear(ctx, spec.commandLine().getOut(), year, through, input != null ? input : props.input(),
                    output != null ? output : props.output());
        }
    }

    /** One run of a year, as the console shows it; shared with the schedule command. */
    static int runYear(ConfigurableApplicationContext ctx, PrintWriter out, int year, int through, Path in, Path outDir)
            throws Exception {
        return runYear(ctx, out, year, through, in, outDir, System.console() != null);
    }

    /**
     * The same, for the web console's 运行 page and the schedule of {@code serve}: the
     * lines it prints are the page's live progress.
     * @param terminal whether out is a terminal (progress updates one line in place) or a
     * log (plain lines)
     */
    public static int runYear(ConfigurableApplicationContext ctx, PrintWriter out, int year, int through, Path in,
            Path outDir, boolean terminal) throws Exception {
        long t0 = System.nanoTime();
        if (!InputFolder.hasFiles(in.resolve(Integer.toString(year)))) {
            // Both doors lead to one archive: files uploaded in the console (or collected
            // by an earlier run) are the year's files too. Only a year with none anywhere
            // is refused: an empty run would publish an empty PDF over last run's outputs
            // and say 完成.
            long archived = ctx.getBean(JdbcClient.class)
                .sql("select count(*) from submission where year = ?")
                .param(year)
                .query(Long.class)
                .single();
            if (archived == 0) {
                out.println(InputFolder.nothingFor(year, in));
                return ExitCode.USAGE;
            }
            out.printf(
                    "输入文件夹 %s 中没有 %d 年的文件;按已收到的 %d 个文件(网页上报或以前收取的)汇编。(no files in the folder; compiling the %d archived)%n",
                    in.resolve(Integer.toString(year)).toAbsolutePath().normalize(), year, archived, archived);
        }
        out.printf("yearbook: %s作业开始 (input %s, output %s)%n",
                through == 12 ? year + " 年度" : year + " 年 1-" + through + " 月累计", in.resolve(Integer.toString(year)),
                outDir);
        var progress = ctx.getBean(ProgressHolder.class);
        progress.set(new ConsoleProgress(out, terminal));
        YearlyJobLauncher.Outcome outcome;
        try {
            outcome = ctx.getBean(YearlyJobLauncher.class).run(year, through, in, outDir);
        }
        finally {
            progress.set(null);
        }
        String took = String.format("%.1f s", (System.nanoTime() - t0) / 1e9);
        if (outcome instanceof YearlyJobLauncher.Outcome.Busy) {
            out.printf("拒绝: %d 年度已有作业在运行,请等待其结束。(another run of %d is in progress)%n", year, year);
            return ExitCode.BUSY;
        }
        if (outcome instanceof YearlyJobLauncher.Outcome.Failed f) {
            printSteps(out, f.execution().getStepExecutions());
            out.printf("失败: %s%n再次运行同一命令将从失败的阶段继续。(failed; run the same command again to resume) — %s%n", f.reason(),
                    took);
            out.printf("详细信息见日志: %s%n", YearbookCommand.logFile());
            return ExitCode.FAILED;
        }
        var fin = (YearlyJobLauncher.Outcome.Finished) outcome;
        out.printf("完成: 输出见 %s (%s)%n", outDir.resolve(Integer.toString(year)).toAbsolutePath(), took);
        deliver(ctx, out, year, outDir);
        if (fin.quarantined() > 0) {
            out.printf("注意: %d 个文件被退回或不是报表,见 validation-%d.xlsx。(%d files quarantined)%n", fin.quarantined(), year,
                    fin.quarantined());
            return ExitCode.QUARANTINED;
        }
        return ExitCode.OK;
    }

    /**
     * Mail comes after the fact: a failure is reported and retried later; the run's
     * result stands.
     */
    private static void deliver(ConfigurableApplicationContext ctx, PrintWriter out, int year, Path outDir) {
        var d = ctx.getBean(PdfDelivery.class)
            .deliver(year, outDir.resolve(Integer.toString(year)).resolve("summary-" + year + ".pdf"));
        if (d.sent() > 0) {
            out.printf("已发送邮件 %d 封。(mail sent)%n", d.sent());
        }
        if (d.pending() > 0) {
            out.printf("邮件发送失败,将在下次运行时重试: %s (mail failed, will retry)%n", d.lastError());
        }
    }

    private static void printSteps(PrintWriter out, Collection<StepExecution> steps) {
        for (StepExecution s : steps) {
            if (s.getStepName().contains(":")) {
                continue; // partitions of read are summed in read
            }
            long ms = s.getStartTime() == null || s.getEndTime() == null ? 0
                    : Duration.between(s.getStartTime(), s.getEndTime()).toMillis();
            out.printf("  %-8s %-9s 读 %d 写 %d  %d ms%n", s.getStepName(), s.getStatus(), s.getReadCount(),
                    s.getWriteCount(), ms);
        }
    }

}
