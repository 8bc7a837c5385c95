package yearbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yearbook.model.Finding;
import yearbook.read.ReadResult;
import yearbook.read.WorkbookReader;

/** Self-check for a community before it sends a workbook: the same reading and checks, nothing stored. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"自查报表:按正式汇总的同样规则读取并审核,不入库。",
                "Checks workbooks the way the yearly run would, without storing anything.",
                "退出码 exit codes: 0 全部可采用 (all would be accepted); 3 有文件会被退回 (some would be quarantined)"})
public class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要检查的工作簿 (workbooks to check)")
    List<Path> files;

    @picocli.CommandLine.Mixin
    CatalogOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        WorkbookReader reader = new WorkbookReader(config.catalog(), config.units());
        int bad = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                out.printf("✗ %s: 文件不存在 (no such file)%n", f);
                bad++;
                continue;
            }
            ReadResult r = reader.read(f, f.getFileName().toString());
            boolean rejected = r.hasErrors() || r instanceof ReadResult.NotASubmission;
            if (rejected) bad++;
            out.printf("%s %s: %s%n", rejected ? "✗" : "✓", f, summary(r));
            for (Finding x : r.findings()) {
                out.printf("    [%s] %s%s %s%s%n", x.severity().label(),
                        x.where() == null || x.where().toString().isEmpty() ? "" : x.where() + " ",
                        x.valueSeen() == null ? "" : "「" + x.valueSeen() + "」", x.message(),
                        x.advice() == null ? "" : " → " + x.advice());
            }
        }
        out.printf("共 %d 个文件, %d 个会被退回。%n", files.size(), bad);
        return bad == 0 ? ExitCode.OK : ExitCode.QUARANTINED;
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
            return (r.hasErrors() ? "会被退回" : "可以采用") + " — 目标任务表, "
                    + (t.period() == null ? "?" : t.period().label()) + ", 目标 " + t.targets().size() + " 项";
        }
        return "不是报表文件";
    }
}
