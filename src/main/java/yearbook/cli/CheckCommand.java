package yearbook.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yearbook.collect.FileNames;
import yearbook.model.Finding;
import yearbook.read.ReadResult;
import yearbook.read.WorkbookReader;
import yearbook.system.YearbookProperties;

/**
 * Self-check for a community before it sends a workbook: the same reading and checks,
 * nothing stored.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = { "自查报表:按正式汇总的同样规则读取并审核,不入库。",
                "Checks workbooks the way the yearly run would, without storing anything.",
                "退出码 exit codes: 0 全部可采用 (all would be accepted); 3 有文件会被退回 (some would be quarantined)" })
public class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要检查的工作簿 (workbooks to check)")
    List<Path> files;

    @Mixin
    CatalogOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        config.locate();
        try (var logging = SpringContexts.loggingOnly(YearbookCommand.SPRING_ARGS.get())) {
            // the same limits as the yearly run: the largest file read, the time one file
            // may take
            YearbookProperties props = logging.getBean(YearbookProperties.class);
            return check(new WorkbookReader(config.catalog(), config.units(), props.maxFileSize().toBytes(),
                    props.readTimeLimit()));
        }
    }

    private Integer check(WorkbookReader reader) {
        var out = spec.commandLine().getOut();
        int bad = 0;
        for (Path given : files) {
            Path f = onDisk(given);
            if (!Files.isRegularFile(f)) {
                out.printf("✗ %s: 文件不存在 (no such file)%n", TerminalText.of(f));
                bad++;
                continue;
            }
            ReadResult r = reader.read(f, name(f));
            boolean rejected = r.hasErrors() || r instanceof ReadResult.NotASubmission;
            if (rejected) {
                bad++;
            }
            // names and values come from the file: printed with their control characters
            // escaped
            out.printf("%s %s: %s%n", rejected ? "✗" : "✓", TerminalText.of(shown(f)), TerminalText.of(summary(r)));
            for (Finding x : r.findings()) {
                out.printf("    [%s] %s%s %s%s%n", x.severity().label(),
                        x.where() == null || x.where().toString().isEmpty() ? "" : TerminalText.of(x.where()) + " ",
                        x.valueSeen() == null ? "" : "「" + TerminalText.of(x.valueSeen()) + "」",
                        TerminalText.of(x.message()), x.advice() == null ? "" : " → " + TerminalText.of(x.advice()));
            }
        }
        out.printf("共 %d 个文件, %d 个会被退回。%n", files.size(), bad);
        return bad == 0 ? ExitCode.OK : ExitCode.QUARANTINED;
    }

    /**
     * A name in GBK bytes reaches the program as U+FFFD (the command line is decoded as
     * UTF-8): the file is found again by listing its folder, where the name keeps its
     * bytes.
     */
    private static Path onDisk(Path given) {
        if (Files.exists(given) || !given.toString().contains("\uFFFD")) {
            return given;
        }
        Path dir = given.toAbsolutePath().getParent();
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(given.getFileName().toString()))
                .findFirst()
                .orElse(given);
        }
        catch (IOException e) {
            return given;
        }
    }

    /** The file's name as people read it (GBK decoded, never �). */
    private static String name(Path f) {
        Path dir = f.toAbsolutePath().getParent();
        return dir == null ? f.getFileName().toString() : FileNames.display(dir, f.toAbsolutePath());
    }

    /** The path as given, its name as people read it. */
    private static String shown(Path f) {
        Path parent = f.getParent();
        return parent == null ? name(f) : parent + File.separator + name(f);
    }

    private static String summary(ReadResult r) {
        if (r instanceof ReadResult.Report rep) {
            return (r.hasErrors() ? "会被退回" : "可以采用") + " — 填报单位 " + rep.unitCode() + ", 报告期 "
                    + (rep.period() == null ? "?" : rep.period().label()) + ", 指标 " + rep.observations().size() + " 项";
        }
        if (r instanceof ReadResult.AirQuality aq) {
            return (r.hasErrors() ? "会被退回" : "可以采用") + " — 站点 " + aq.stationCode() + ", 日数据 " + aq.days().size() + " 天";
        }
        if (r instanceof ReadResult.Targets t) {
            return (r.hasErrors() ? "会被退回" : "可以采用") + " — 目标任务表, " + (t.period() == null ? "?" : t.period().label())
                    + ", 目标 " + t.targets().size() + " 项";
        }
        return "不是报表文件";
    }

}
