package yearbook.publish;

import java.math.BigDecimal;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorKind;
import yearbook.model.Progress;
import yearbook.model.Target;
import yearbook.model.TargetDirection;

/**
 * How a target's progress is written: 完成率 and 时序进度 to one decimal, the gap in 个百分点, the
 * state as a word.
 */
public final class ProgressText {

    private ProgressText() {
    }

    /** 49.2% or —. */
    public static String percent(BigDecimal v) {
        return v == null ? FigureFormat.NOT_AVAILABLE : FigureFormat.number(v, 1) + "%";
    }

    /** 至少3.6亿元, 不超过35微克/立方米, 至少80%. */
    public static String target(Indicator i, Target t) {
        return t.direction().word() + number(t.annual(), i) + i.unit();
    }

    /** A target as the 考核办法 wrote it: its own decimals (3.6, 145, 16). */
    static String number(BigDecimal v, Indicator i) {
        if (v == null) {
            return FigureFormat.NOT_AVAILABLE;
        }
        return FigureFormat.number(v, Math.max(0, v.stripTrailingZeros().scale()));
    }

    /** 超时序进度3.6个百分点 / 慢于时序进度3.6个百分点 / 与时序进度持平; empty when not computable. */
    public static String gap(Progress p) {
        BigDecimal g = p.gap();
        if (g == null) {
            return "";
        }
        BigDecimal r = FigureFormat.round(g, 1);
        if (r.signum() == 0) {
            return "与时序进度持平";
        }
        return (r.signum() > 0 ? "超时序进度" : "慢于时序进度") + Narrative.number(r.abs(), 1) + "个百分点";
    }

    /**
     * A flow is counted toward its year's target; a rate, stock or measure is a level to
     * hold.
     */
    static boolean accumulates(Indicator i) {
        return i.kind() == IndicatorKind.FLOW;
    }

    /**
     * The narrative's sentence: 新增就业人员完成全年目标的7.8%,慢于时序进度42.2个百分点; for a level,
     * 隐患整改率85%,为目标(至少90%)的94.4%; for a ceiling, PM2.5年均浓度35微克/立方米,目标不超过35微克/立方米,达标.
     */
    public static String sentence(Indicator i, Progress p) {
        Target t = p.target();
        String actual = p.actual() == null ? FigureFormat.NOT_AVAILABLE
                : Narrative.number(p.actual(), i.decimals()) + i.unit();
        if (p.actual() == null) {
            return i.name() + "目标" + target(i, t) + ",暂无数据";
        }
        if (t.direction() == TargetDirection.AT_MOST) {
            boolean holds = p.actual().compareTo(t.annual()) <= 0;
            return i.name() + actual + ",目标" + target(i, t) + "," + (holds ? "达标" : "超出目标");
        }
        if (accumulates(i)) {
            String s = i.name() + "完成全年目标的" + plainPercent(p.completion());
            String gap = gap(p);
            return gap.isEmpty() ? s : s + "," + gap;
        }
        return i.name() + actual + ",为目标(" + target(i, t) + ")的" + plainPercent(p.completion());
    }

    /**
     * The narrative's way: 49.2%, 20%, 0% (no trailing zeros, as the summary writes 95%).
     */
    static String plainPercent(BigDecimal v) {
        return v == null ? FigureFormat.NOT_AVAILABLE : Narrative.number(v, 1) + "%";
    }

}
