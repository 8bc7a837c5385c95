package yearbook.cli;

import java.math.BigDecimal;
import java.util.List;
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
import yearbook.publish.FigureFormat;

/** Lineage: where a published figure comes from, file by file and cell by cell. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"说明一个汇总数的来源:哪些文件、哪个单元格、什么数值。",
                "Explains a compiled figure: the files, sheets, cells and values it was compiled from."})
public class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INDICATOR", description = "指标代码或名称, e.g. LIV_NEW_JOBS or 新增就业人员")
    String indicator;

    @Option(names = {"-y", "--year"}, required = true, description = "统计年度")
    int year;

    @Option(names = {"-u", "--unit"}, description = "单位名称或代码 (default: 全街道 the sub-district)")
    String unit;

    @Spec
    CommandSpec spec;

    private record Contribution(String unit, String file, String period, String sheet, String cell, BigDecimal value,
                                String raw, String conversion, String status) {
    }

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
            var fig = jdbc.sql("select id, value, prior, growth, incomplete, approximate from figure where year = ? and unit_code = ? and indicator_code = ?")
                    .params(year, unitCode, ind.code())
                    .query((rs, n) -> new Object[]{rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                            rs.getBigDecimal(4), rs.getBoolean(5), rs.getBoolean(6)})
                    .optional().orElse(null);
            if (fig == null) {
                out.printf("%d 年 %s 没有「%s」的汇总数(未报送或尚未运行 run --year %d)。%n", year, units.nameOf(unitCode), ind.name(), year);
                return ExitCode.FAILED;
            }
            out.printf("%d 年 %s「%s」(%s) = %s %s%s%s%n", year, units.nameOf(unitCode), ind.name(), ind.code(),
                    FigureFormat.value(ind, (BigDecimal) fig[1]), ind.unit(),
                    (boolean) fig[4] ? " [数据不完整]" : "", (boolean) fig[5] ? " [含约数]" : "");
            out.printf("  上年同期 %s, 同比 %s%n", FigureFormat.value(ind, (BigDecimal) fig[2]), FigureFormat.growth(ind, (BigDecimal) fig[3]));
            // the target and where it was read (docs/targets.md)
            jdbc.sql("""
                    select t.direction, t.annual, s.file_name, t.sheet, t.cell, p.completion, p.schedule, p.state
                    from target_progress p join target t on t.id = p.target_id join submission s on s.id = t.submission_id
                    where p.year = ? and p.unit_code = ? and p.indicator_code = ?""")
                    .params(year, unitCode, ind.code())
                    .query(rs -> {
                        out.printf("  目标 %s%s%s: 完成率 %s, 时序进度 %s, %s — %s %s!%s%n",
                                yearbook.model.TargetDirection.valueOf(rs.getString(1)).word(),
                                rs.getBigDecimal(2).stripTrailingZeros().toPlainString(), ind.unit(),
                                yearbook.publish.ProgressText.percent(rs.getBigDecimal(6)),
                                yearbook.publish.ProgressText.percent(rs.getBigDecimal(7)),
                                yearbook.model.ProgressState.valueOf(rs.getString(8)).word(),
                                rs.getString(3), rs.getString(4), rs.getString(5));
                    });
            List<Contribution> used = jdbc.sql("""
                    select o.unit_code, s.file_name, o.period, o.sheet, o.cell, o.value, o.raw_text, o.conversion, s.status
                    from figure_source fs join observation o on o.id = fs.observation_id join submission s on s.id = o.submission_id
                    where fs.figure_id = ? order by o.unit_code, o.period, o.id""")
                    .param((Long) fig[0]).query((rs, n) -> contribution(rs)).list();
            out.printf("  来源 %d 项 (contributions):%n", used.size());
            for (Contribution c : used) print(out, units, c);
            List<Contribution> left = jdbc.sql("""
                    select o.unit_code, s.file_name, o.period, o.sheet, o.cell, o.value, o.raw_text, o.conversion, s.status
                    from observation o join submission s on s.id = o.submission_id
                    where s.year = ? and o.indicator_code in (?, ?, ?) and s.status in ('SUPERSEDED', 'QUARANTINED')
                      and (? or o.unit_code = ?)
                    order by o.unit_code, o.period, o.id""")
                    .params(year, ind.code(), String.valueOf(ind.numerator()), String.valueOf(ind.denominator()),
                            unit == null, unitCode)
                    .query((rs, n) -> contribution(rs)).list();
            if (!left.isEmpty()) {
                out.printf("  未计入 %d 项 (left out: superseded or quarantined versions):%n", left.size());
                for (Contribution c : left) print(out, units, c);
            }
            return ExitCode.OK;
        }
    }

    private static Contribution contribution(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Contribution(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    private static void print(java.io.PrintWriter out, UnitRegistry units, Contribution c) {
        out.printf("    %-8s %-10s %s  %s!%s = %s%s%s%n", units.nameOf(c.unit()), c.period(), c.file(), c.sheet(), c.cell(),
                c.value() == null ? "—" : c.value().toPlainString(),
                c.raw() != null && !c.raw().isBlank() && (c.value() == null || !c.raw().equals(c.value().toPlainString())) ? " (原文「" + c.raw() + "」)" : "",
                c.conversion() == null ? "" : " [" + c.conversion() + "]")
        ;
        if (!"ACCEPTED".equals(c.status())) out.printf("      状态: %s%n", c.status());
    }
}
