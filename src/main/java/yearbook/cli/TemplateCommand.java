package yearbook.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Period;
import yearbook.template.TargetTemplate;
import yearbook.template.TemplateWorkbook;

/** Blank workbooks for the units to fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = { "生成空白报表:填报单位和报告期已填好,只能在黄色格子里填数字;--targets 生成目标任务分解表。",
                "Writes blank report workbooks from the catalog, one per unit (or only --unit)." })
public class TemplateCommand implements Callable<Integer> {

    @Option(names = { "-y", "--year" }, required = true, description = "统计年度")
    int year;

    @Option(names = { "-u", "--unit" }, description = "只生成某个单位 (one unit, by name or code); default: 全部")
    String unit;

    @Option(names = { "-p", "--period" }, description = "报告期: 2022, 2022Q3 或 2022-09 (default: 全年 the year)")
    String period;

    @Option(names = "--targets", description = "生成该年度空白的目标任务分解表 (the blank 目标任务 workbook, docs/targets.md)")
    boolean targets;

    @Option(names = { "-o", "--output" }, description = "输出目录 (default: output/templates/<year>)")
    Path output;

    @Mixin
    CatalogOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        config.locate();
        // as in check: what POI logs while writing goes to the log file, not to the
        // console
        try (var logging = SpringContexts.loggingOnly(YearbookCommand.SPRING_ARGS.get())) {
            return write();
        }
    }

    private Integer write() throws Exception {
        var out = spec.commandLine().getOut();
        UnitRegistry registry = config.units();
        if (targets) {
            Path dir = output != null ? output : Path.of("output", "templates", Integer.toString(year));
            Path f = dir.resolve(registry.subdistrict().name() + year + "年目标任务.xlsx");
            new TargetTemplate(config.catalog(), registry).write(year, f);
            out.printf("已生成 %s%n", f);
            return ExitCode.OK;
        }
        Period p;
        try {
            p = period == null ? Period.year(year) : Period.parseCode(period);
        }
        catch (IllegalArgumentException e) {
            out.printf("报告期「%s」无法识别,请写成 %d、%dQ3 或 %d-09。%n", period, year, year, year);
            return ExitCode.USAGE;
        }
        List<ReportingUnit> targets;
        if (unit != null) {
            var u = registry.resolve(unit);
            if (u.isEmpty()) {
                out.printf("未知单位「%s」。最接近的: %s%n", unit, String.join("、", registry.closestNames(unit, 3)));
                return ExitCode.USAGE;
            }
            targets = List.of(u.get());
        }
        else {
            targets = new ArrayList<>();
            targets.add(registry.subdistrict());
            targets.addAll(registry.communities(p.year()));
        }
        Path dir = output != null ? output : Path.of("output", "templates", Integer.toString(year));
        TemplateWorkbook template = new TemplateWorkbook(config.catalog());
        for (ReportingUnit u : targets) {
            Path f = dir.resolve(u.name() + p.label() + "报表.xlsx");
            template.write(u, p, f);
            out.printf("已生成 %s%n", f);
        }
        return ExitCode.OK;
    }

}
