package yearbook.read;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The words of the submission contract (docs/submission-format.md) in one place: header
 * texts, metadata labels, the marks of approximate and not-applicable values, the count
 * units. All compared after {@link yearbook.catalog.Names#normalize}.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static final String NAME_HEADER = "指标名称";
    static final List<String> CODE_HEADERS = List.of("指标代码", "代码");
    static final List<String> UNIT_HEADERS = List.of("计量单位", "单位");

    /** In order of preference when a sheet carries more than one. */
    static final List<String> VALUE_HEADERS = List.of("本期", "本期数", "本期值", "本年", "本年累计", "本月", "数值");
    static final List<String> PRIOR_HEADERS = List.of("上年同期", "上年同期数", "去年同期");
    static final List<String> REMARK_HEADERS = List.of("备注");

    /** 目标任务 workbook (docs/targets.md). */
    static final List<String> TARGET_HEADERS = List.of("全年目标", "年度目标", "全年目标值", "目标值", "目标任务");
    static final List<String> TARGET_HOLDER_HEADERS = List.of("责任单位", "承担单位", "单位名称", "社区");
    static final List<String> TARGET_DIRECTION_HEADERS = List.of("目标类型", "目标方向", "考核方式");

    /** 至少 (a floor) or 不超过 (a ceiling); blank is a floor. */
    static final List<String> FLOOR_WORDS = List.of("至少", "不低于", "不少于", "下限", "≥", ">=", "以上");
    static final List<String> CEILING_WORDS = List.of("不超过", "不高于", "不多于", "上限", "≤", "<=", "以下", "控制在");

    static final String LABEL_UNIT = "填报单位";
    static final String LABEL_PERIOD = "报告期";
    static final String LABEL_FILER = "填报人";
    static final String LABEL_PHONE = "联系电话";
    static final String LABEL_FILED_ON = "填报日期";
    static final String LABEL_STATION = "站点";
    static final List<String> METADATA_LABELS = List.of(LABEL_UNIT, LABEL_PERIOD, LABEL_FILER, LABEL_PHONE,
            LABEL_FILED_ON, LABEL_STATION);

    /** Rows that sum others: not indicators. */
    static final List<String> TOTAL_ROW_WORDS = List.of("合计", "总计");

    /** Suffixes (and one prefix) of an approximate figure: 1000余, 300多, 50左右, 约50. */
    static final List<String> APPROXIMATE_SUFFIXES = List.of("左右", "以上", "余", "多");
    static final List<String> APPROXIMATE_PREFIXES = List.of("约");

    /** Explicitly not applicable (distinct from empty = not reported). */
    static final Set<String> NOT_APPLICABLE_MARKS = Set.of("—", "——", "-", "--", "–", "/", "无", "不适用");

    /** 强制性审核: a figure in these units counts things and must be a whole number. */
    /** The office's day: 填报日期 is compared with today in China. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final Set<String> COUNT_UNITS = Set.of("个", "幢", "户", "处", "人", "人次", "家", "辆", "条", "只", "起", "名", "天");

    /** Air-quality sheet. */
    static final String DATE_HEADER = "日期";
    static final List<String> STATION_HEADERS = List.of("站点", "站点名称", "监测站点");
    static final List<String> AQI_HEADERS = List.of("AQI", "空气质量指数");

    /** Summary rows under a daily table: not days. */
    static final List<String> SUMMARY_ROW_WORDS = List.of("平均", "合计", "总计", "最大", "最小", "统计", "年均");

}
