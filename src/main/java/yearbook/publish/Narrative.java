package yearbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yearbook.catalog.Group;
import yearbook.catalog.Indicator;
import yearbook.model.Figure;
import yearbook.model.Progress;

/**
 * narrative-&lt;year&gt;.md: the data sentences of the year-end summary, one paragraph
 * per area, from the catalog's narrative templates filled with the sub-district's
 * figures.
 *
 * <p>
 * Numbers: rounded half-up to the catalog's decimals, then trailing zeros after the
 * decimal point dropped, because the summary writes 3.4亿元 and 95%, not 3.40亿元 and 95.00%
 * (130.61 stays 130.61, 18.5 stays 18.5). {growth} is rounded to 2 decimals the same way.
 * A placeholder whose value is not known is written — so that the gap shows; {approx} is
 * 余 for an approximate figure, else nothing. Indicators without a template or without a
 * figure are left out.
 */
public final class Narrative {

    private static final Pattern PLACEHOLDER = Pattern
        .compile("\\{(?:(value|prior|growth|unit|approx)|([A-Z][A-Z0-9_]*)(?:\\.(value|prior|growth|approx))?)}");

    public void write(YearReport report, Path file) {
        try {
            Files.writeString(file, text(report), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + file, e);
        }
    }

    public String text(YearReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ")
            .append(report.units().subdistrict().name())
            .append(report.throughMonth() == 12 ? report.year() + "年工作总结" : report.periodLabel() + "工作情况")
            .append(" · 数据段落(草稿)\n\n");
        md.append("> 根据截至")
            .append(report.compiledOn())
            .append("收到的报表汇总生成,供起草参考。")
            .append("数字按指标目录的小数位四舍五入,并去掉小数点后末尾的0;—表示该项数据缺失。\n");
        for (Group g : report.catalog().groups()) {
            List<String> sentences = new ArrayList<>();
            List<String> incomplete = new ArrayList<>();
            for (Indicator i : report.catalog().inGroup(g.code())) {
                if (i.narrative() == null || i.narrative().isBlank()) {
                    continue;
                }
                Figure f = HeadlineFigure.of(report, i);
                if (f == null) {
                    continue;
                }
                sentences.add(fill(report, i, f));
                if (f.incomplete()) {
                    incomplete.add(i.name());
                }
            }
            md.append("\n## ").append(g.name()).append("\n\n");
            if (sentences.isEmpty()) {
                md.append("本年暂无这一领域的数据。\n");
                continue;
            }
            md.append(String.join(";", sentences)).append("。");
            if (!incomplete.isEmpty()) {
                md.append("(注:").append(String.join("、", incomplete)).append("数据不完整,见催报名单)");
            }
            md.append("\n");
        }
        targets(report, md);
        return md.toString();
    }

    /**
     * 目标完成情况: one sentence per target of the sub-district, then the communities behind.
     */
    private static void targets(YearReport report, StringBuilder md) {
        List<Progress> own = report.subdistrictProgress();
        if (own.isEmpty()) {
            return;
        }
        md.append("\n## 目标完成情况(").append(report.periodLabel()).append(")\n\n");
        List<String> sentences = new ArrayList<>();
        for (Progress p : own) {
            sentences.add(ProgressText.sentence(report.catalog().get(p.indicatorCode()), p));
        }
        md.append(String.join(";", sentences)).append("。\n");
        Map<String, List<String>> behind = new LinkedHashMap<>();
        for (Progress p : report.progress()) {
            if (p.unitCode().equals(report.subdistrictCode()) || !p.state().isBehind()) {
                continue;
            }
            behind.computeIfAbsent(report.catalog().get(p.indicatorCode()).name(), k -> new ArrayList<>())
                .add(report.units().nameOf(p.unitCode()) + "(" + ProgressText.percent(p.completion()) + ")");
        }
        if (!behind.isEmpty()) {
            List<String> parts = new ArrayList<>();
            // a district's list would be a page: the first ten and how many more
            behind.forEach((name, units) -> parts
                .add(name + ":" + String.join("、", units.subList(0, Math.min(10, units.size())))
                        + (units.size() > 10 ? "等" + units.size() + "个社区" : "")));
            md.append("\n进度滞后的社区——").append(String.join(";", parts)).append("。\n");
        }
    }

    static String fill(Indicator i, Figure f) {
        return fill(null, i, f);
    }

    /**
     * Fills a template. Besides the figure's own {value} {prior} {growth} {unit}
     * {approx}, a template may name another indicator, {CODE} or {CODE.growth} /
     * {CODE.approx}, so that one sentence can carry related figures as the summary writes
     * them (…4个老旧小区57幢2174户的改造工程).
     */
    static String fill(YearReport report, Indicator i, Figure f) {
        Matcher m = PLACEHOLDER.matcher(i.narrative());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v;
            if (m.group(1) != null) {
                v = own(m.group(1), i, f);
            }
            else {
                Indicator other = report == null ? null : report.catalog().byCode(m.group(2)).orElse(null);
                Figure of = other == null ? null : HeadlineFigure.of(report, other);
                v = other == null ? m.group() : own(m.group(3) == null ? "value" : m.group(3), other, of);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String own(String what, Indicator i, Figure f) {
        return switch (what) {
            case "value" -> number(f == null ? null : f.value(), i.decimals());
            case "prior" -> number(f == null ? null : f.prior(), i.decimals());
            case "growth" -> number(f == null ? null : f.growth(), 2);
            case "unit" -> i.unit();
            case "approx" -> f != null && f.approximate() ? "余" : "";
            default -> what;
        };
    }

    /** 3.40 → 3.4, 95.00 → 95, 2252 → 2252; null → —. */
    static String number(BigDecimal v, int decimals) {
        if (v == null) {
            return FigureFormat.NOT_AVAILABLE;
        }
        BigDecimal r = FigureFormat.round(v, decimals);
        return r.signum() == 0 ? "0" : r.stripTrailingZeros().toPlainString();
    }

}
