package yearbook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.compile.FigureLineage;
import yearbook.compile.FigureLineage.Contribution;
import yearbook.model.ProgressState;
import yearbook.model.TargetDirection;
import yearbook.publish.FigureFormat;
import yearbook.publish.ProgressText;

/** Lineage: where a published figure comes from, file by file and cell by cell. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = { "说明一个汇总数的来源:哪些文件、哪个单元格、什么数值。",
        "Explains a compiled figure: the files, sheets, cells and values it was compiled from." })
public class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INDICATOR", description = "指标代码或名称, e.g. LIV_NEW_JOBS or 新增就业人员")
    String indicator;

    @Option(names = { "-y", "--year" }, required = true, description = "统计年度")
    int year;

    @Option(names = { "-u", "--unit" }, description = "单位名称或代码 (default: 全街道 the sub-district)")
    String unit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = SpringContexts.start(YearbookCommand.SPRING_ARGS.get())) {
            IndicatorCatalog catalog = ctx.getBean(IndicatorCatalog.class);
            UnitRegistry units = ctx.getBean(UnitRegistry.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Indicator ind = catalog.byCode(indicator).or(() -> catalog.byName(indicator)).orElse(null);
            if (ind == null) {
                out.printf("未知指标「%s」。最接近的: %s%n", indicator, String.join("、", catalog.closestNames(indicator, 3)));
                return ExitCode.USAGE;
            }
            String unitCode = unit == null ? units.subdistrict().code()
                    : units.resolve(unit).map(u -> u.code()).orElse(null);
            if (unitCode == null) {
                out.printf("未知单位「%s」。最接近的: %s%n", unit, String.join("、", units.closestNames(unit, 3)));
                return ExitCode.USAGE;
            }
            var explained = new FigureLineage(jdbc).explain(year, unitCode, ind, unit == null).orElse(null);
            if (explained == null) {
                out.printf("%d 年 %s 没有「%s」的汇总数(未报送或尚未运行 run --year %d)。%n", year, units.nameOf(unitCode), ind.name(),
                        year);
                return ExitCode.FAILED;
            }
            var fig = explained.figure();
            out.printf("%d 年 %s「%s」(%s) = %s %s%s%s%n", year, units.nameOf(unitCode), ind.name(), ind.code(),
                    FigureFormat.value(ind, fig.value()), ind.unit(), fig.incomplete() ? " [数据不完整]" : "",
                    fig.approximate() ? " [含约数]" : "");
            out.printf("  上年同期 %s, 同比 %s%n", FigureFormat.value(ind, fig.prior()),
                    FigureFormat.growth(ind, fig.growth()));
            // the target and where it was read (docs/targets.md)
            jdbc.sql(
                    """
                            select t.direction, t.annual, s.file_name, t.sheet, t.cell, p.completion, p.schedule, p.state
                            from target_progress p join target t on t.id = p.target_id join submission s on s.id = t.submission_id
                            where p.year = ? and p.unit_code = ? and p.indicator_code = ?""")
                .params(year, unitCode, ind.code())
                .query(rs -> {
                    out.printf("  目标 %s%s%s: 完成率 %s, 时序进度 %s, %s — %s %s!%s%n",
                            TargetDirection.valueOf(rs.getString(1)).word(),
                            rs.getBigDecimal(2).stripTrailingZeros().toPlainString(), ind.unit(),
                            ProgressText.percent(rs.getBigDecimal(6)), ProgressText.percent(rs.getBigDecimal(7)),
                            ProgressState.valueOf(rs.getString(8)).word(), rs.getString(3), rs.getString(4),
                            rs.getString(5));
                });
            out.printf("  来源 %d 项 (contributions):%n", explained.used().size());
            for (Contribution c : explained.used()) {
                print(out, units, c);
            }
            if (!explained.leftOut().isEmpty()) {
                out.printf("  未计入 %d 项 (left out: superseded or quarantined versions):%n", explained.leftOut().size());
                for (Contribution c : explained.leftOut()) {
                    print(out, units, c);
                }
            }
            return ExitCode.OK;
        }
    }

    private static void print(PrintWriter out, UnitRegistry units, Contribution c) {
        out.printf("    %-8s %-10s %s  %s!%s = %s%s%s%n", units.nameOf(c.unit()), c.period(), c.file(), c.sheet(),
                c.cell(), c.value() == null ? "—" : c.value().toPlainString(),
                c.rawIfDifferent() != null ? " (原文「" + c.raw() + "」)" : "",
                c.conversion() == null ? "" : " [" + c.conversion() + "]");
        if (!"ACCEPTED".equals(c.status())) {
            out.printf("      状态: %s%n", c.status());
        }
    }

}
