package yearbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The office's catalog, broken one edit at a time: each mistake is refused on load with
 * the line it is on and what is wrong, in Chinese. Built from the real
 * config/catalog.yaml, so the table follows the catalog as it changes.
 */
class CatalogValidationTest {

    static final Path REAL = Path.of("config/catalog.yaml");
    static final List<String> LINES = read(REAL);

    @TempDir
    Path dir;

    @Test
    void theRealCatalogLoadsClean() {
        IndicatorCatalog c = IndicatorCatalog.load(REAL);
        assertThat(c.all())
            .hasSize((int) LINES.stream().filter(l -> !l.strip().startsWith("#") && l.contains("kind: ")).count());
        assertThat(c.stationStatistics()).extracting(Indicator::code)
            .containsExactly("ENV_GOOD_DAYS", "ENV_VALID_DAYS", "ENV_PM25_MEAN", "ENV_PM10_MEAN", "ENV_NO2_MEAN",
                    "ENV_SO2_MEAN", "ENV_CO_P95", "ENV_O3_8H_P90");
        assertThat(c.get("ENV_CO_P95").air()).isEqualTo(AirStatistic.CO_P95);
        assertThat(c.plausibleMax(c.get("ENV_GOOD_DAYS"))).isEqualByComparingTo("366");
        assertThat(c.plausibleMax(c.get("ENV_PM25_MEAN"))).isEqualByComparingTo(IndicatorCatalog.FALLBACK_MAX);
        assertThat(c.progressTolerance("LIV_NEW_JOBS")).isEqualByComparingTo("5");
        assertThat(c.get("ECO_PROJECTS").swingPercent()).isEqualByComparingTo("50");
        assertThat(c.chartsOf("ECO")).containsExactly("growth", "ranking:ECO_PROJECTS");
    }

    static Stream<Arguments> brokenCatalogs() {
        return Stream.of(
                // kind-specific fields
                broken("- {code: SAF_HAZARDS_FIX_RATE,", "numerator: SAF_HAZARDS_FIXED, ", "", Line.ENTRY,
                        "比率指标 SAF_HAZARDS_FIX_RATE 缺少 numerator"),
                broken("- {code: ECO_WHOLESALE_RETAIL_YOY,", ", of: ECO_WHOLESALE_RETAIL", "", Line.ENTRY,
                        "增幅指标 ECO_WHOLESALE_RETAIL_YOY 缺少 of"),
                broken("- {code: ENV_PM10_MEAN,", ", air: pm10_mean", "", Line.ENTRY,
                        "监测指标 ENV_PM10_MEAN 缺少 air(它发布测站的哪一项统计: good_days、valid_days、pm25_mean、pm10_mean、no2_mean、so2_mean、co_p95、o3_8h_p90)"),
                broken("- {code: ENV_PM10_MEAN,", "air: pm10_mean", "air: pm25_mean", Line.EDIT,
                        "监测指标 ENV_PM10_MEAN 的 air: pm25_mean 已由 ENV_PM25_MEAN 发布(第 " + lineOf("- {code: ENV_PM25_MEAN,")
                                + " 行),每项测站统计只能对应一个指标"),
                broken("- {code: ENV_PM10_MEAN,", "air: pm10_mean", "air: pm10", Line.EDIT,
                        "监测指标 ENV_PM10_MEAN 的 air 取值「pm10」不认识,应为 good_days、valid_days、pm25_mean、pm10_mean、no2_mean、so2_mean、co_p95、o3_8h_p90"),
                broken("- {code: ENV_PM10_MEAN,", "source: station", "source: street", Line.EDIT,
                        "监测指标 ENV_PM10_MEAN 的 source 应为 station(measure 是测站数据的统计)"),
                broken("- {code: ECO_ENTERPRISE_VISITS,", "source: community", "source: station", Line.EDIT,
                        "时期指标 ECO_ENTERPRISE_VISITS 的 source 应为 community 或 street(station 报送的是逐日监测数据,由 measure 指标发布)"),
                broken("- {code: ECO_ENTERPRISE_VISITS,", "source: community,", "", Line.ENTRY,
                        "时期指标 ECO_ENTERPRISE_VISITS 缺少 source(community 或 street)"),
                broken("- {code: ECO_PROJECTS,", "kind: flow", "kind: flw", Line.EDIT,
                        "指标 ECO_PROJECTS 的 kind 取值「flw」不认识,应为 flow、stock、rate、growth、measure"),
                broken("- {code: ECO_PROJECTS,", "source: community", "source: community, numerator: ECO_PROJECT_SCORE",
                        Line.EDIT, "时期指标 ECO_PROJECTS 不应有 numerator(numerator 只用于 rate 指标)"),
                broken("- {code: SAF_HAZARDS_FIX_RATE,", "key: true", "key: true, parent: SAF_HAZARDS_FOUND", Line.EDIT,
                        "比率指标 SAF_HAZARDS_FIX_RATE 不应有 parent(parent 只用于 flow、stock 指标)"),
                // references between entries
                broken("- {code: SAF_HAZARDS_FIX_RATE,", "numerator: SAF_HAZARDS_FIXED", "numerator: SAF_HAZARDS_FIXD",
                        Line.EDIT, "比率指标 SAF_HAZARDS_FIX_RATE 的 numerator SAF_HAZARDS_FIXD 不是目录中的指标代码"),
                broken("- {code: SAF_HAZARDS_FIX_RATE,", "denominator: SAF_HAZARDS_FOUND", "denominator: SAF_GAS_PIPES",
                        Line.EDIT, "比率指标 SAF_HAZARDS_FIX_RATE 的分子 SAF_HAZARDS_FIXED(条)与分母 SAF_GAS_PIPES(处)计量单位不同"),
                broken("- {code: SAF_PETITIONS_RATE,", "numerator: SAF_PETITIONS_RESOLVED", "numerator: SAF_DISPUTES",
                        Line.EDIT,
                        "比率指标 SAF_PETITIONS_RATE 的分子 SAF_DISPUTES(社区报送)与分母 SAF_PETITIONS_BACKLOG(街道报送)来源不同,没有一个单位同时有这两个数"),
                broken("- {code: SAF_PETITIONS_RATE,", "numerator: SAF_PETITIONS_RESOLVED",
                        "numerator: SAF_HAZARDS_FIX_RATE", Line.EDIT,
                        "比率指标 SAF_PETITIONS_RATE 的 numerator SAF_HAZARDS_FIX_RATE 是比率指标,应为 flow、stock 或 measure 指标"),
                broken("- {code: ECO_WHOLESALE_RETAIL_YOY,", "unit: \"%\"", "unit: 亿元", Line.EDIT,
                        "增幅指标 ECO_WHOLESALE_RETAIL_YOY 的 unit 应为 %(同比增幅)"),
                broken("- {code: LIV_NEW_JOBS_GRAD,", "parent: LIV_NEW_JOBS", "parent: LIV_NEW_JOB", Line.EDIT,
                        "时期指标 LIV_NEW_JOBS_GRAD 的 parent LIV_NEW_JOB 不是目录中的指标代码"),
                broken("- {code: LIV_NEW_JOBS_GRAD,", "parent: LIV_NEW_JOBS", "parent: LIV_VACC_ELIGIBLE", Line.EDIT,
                        "时期指标 LIV_NEW_JOBS_GRAD 的 parent LIV_VACC_ELIGIBLE 应是与它同类(时期指标)、同来源(社区报送)的指标,而它是时点指标、社区报送"),
                broken("- {code: ECO_IND_FAI_HITECH,", "parent: ECO_IND_FAI", "parent: ECO_IND_FAI_HITECH", Line.EDIT,
                        "时期指标 ECO_IND_FAI_HITECH 的 parent 不能是它自己"),
                broken("- {code: ECO_PROJECTS,", "group: ECO", "group: ECON", Line.EDIT,
                        "时期指标 ECO_PROJECTS 的 group ECON 不在 groups 中(ECO、URB、ENV、LIV、SAF、GRD)"),
                broken("- {code: ECO_PROJECTS,", "{ECO_PROJECT_SCORE}", "{ECO_PROJECT_SCOR}", Line.EDIT,
                        "时期指标 ECO_PROJECTS 的 narrative 中 {ECO_PROJECT_SCOR} 不是目录中的指标代码"),
                broken("- {code: ECO_PROJECTS,", "{value}", "{Value}", Line.EDIT,
                        "时期指标 ECO_PROJECTS 的 narrative 中 {Value} 不认识(可用 {value} {prior} {growth} {unit} {approx},或 {代码}、{代码.growth}、{代码.approx})"),
                broken("- {code: ECO_PROJECT_SCORE,", "aliases: [完成系数,", "aliases: [招引项目,", Line.EDIT,
                        "时期指标 ECO_PROJECT_SCORE 的名称或别名「招引项目」已是 ECO_PROJECTS 的名称或别名(第 "
                                + lineOf("- {code: ECO_PROJECTS,") + " 行),报表中的这一行将无法确定是哪个指标"),
                broken("- {code: ECO_RETAIL_REV_YOY,", "code: ECO_RETAIL_REV_YOY", "code: ECO_WHOLESALE_RETAIL_YOY",
                        Line.EDIT,
                        "指标代码 ECO_WHOLESALE_RETAIL_YOY 重复(第 " + lineOf("- {code: ECO_WHOLESALE_RETAIL_YOY,") + " 行已有)"),
                // values
                broken("- {code: ECO_BUDGET_REV,", "decimals: 2", "decimals: 两", Line.EDIT,
                        "时期指标 ECO_BUDGET_REV 的 decimals 应为 0 到 6 的整数,写的是「两」"),
                broken("- {code: ECO_PROJECTS,", "decimals: 0", "decimals: 9", Line.EDIT,
                        "时期指标 ECO_PROJECTS 的 decimals 应为 0 到 6 的整数,写的是「9」"),
                broken("- {code: ECO_PROJECTS,", "decimals: 0, ", "", Line.ENTRY,
                        "时期指标 ECO_PROJECTS 缺少 decimals(印出的小数位数)"),
                broken("- {code: ECO_PROJECTS,", "key: true", "key: true, max: 0", Line.EDIT,
                        "时期指标 ECO_PROJECTS 的 max 应大于 0,写的是 0"),
                broken("- {code: ECO_PROJECTS,", "key: true", "key: 是", Line.EDIT,
                        "时期指标 ECO_PROJECTS 的 key 应为 true 或 false,写的是「是」"),
                broken("- {code: ECO_PROJECTS,", "key: true", "key: true, tolerance: -1", Line.EDIT,
                        "时期指标 ECO_PROJECTS 的 tolerance 不应为负数,写的是 -1"),
                broken("- {code: ECO_PROJECTS,", "unit: 个", "unit: 个, unit: 个", Line.EDIT,
                        "时期指标 ECO_PROJECTS 的 unit 写了两次"),
                broken("- {code: ECO_PROJECTS,", "key: true", "key: true, colour: red", Line.EDIT,
                        "时期指标 ECO_PROJECTS 有不认识的键 colour(可用的键: code、name、aliases、unit、decimals、group、kind、key、narrative、tolerance,"
                                + "以及各类指标自己的 source、parent、required、swing、max、numerator、denominator、of、air)"),
                broken("progress_tolerance: 5", "5", "五", Line.EDIT, "目录的 progress_tolerance 应为数字,写的是「五」"),
                broken("default_max: {", "天: 366", "天: -366", Line.EDIT, "default_max 的 天 应大于 0,写的是 -366"),
                broken("default_swing: 50", "default_swing", "default_swin", Line.EDIT,
                        "目录有不认识的键 default_swin(可用的键: title、charts、default_swing、progress_tolerance、default_max、groups、indicators)"),
                broken("- {code: GRD, name: 网格治理}", "}", "}\n  - {code: ECO, name: 经济}", Line.NEXT, "领域代码 ECO 重复"),
                broken("- {code: GRD, name: 网格治理}", "}", "}\n  - {code: AIR, name: 空气}", Line.NEXT,
                        "领域代码 AIR 留给空气质量部分(charts 的 AIR),请换一个"),
                // charts
                broken("  ECO: [growth, ranking:ECO_PROJECTS]", "ranking:ECO_PROJECTS", "ranking:ECO_PROJECT",
                        Line.EDIT, "charts 的 ECO 中 ranking:ECO_PROJECT 的 ECO_PROJECT 不是目录中的指标代码"),
                broken("  ECO: [growth, ranking:ECO_PROJECTS]", "ranking:ECO_PROJECTS", "ranking:ECO_BUDGET_REV",
                        Line.EDIT, "charts 的 ECO 中 ranking:ECO_BUDGET_REV: ECO_BUDGET_REV 不是各社区报送的指标,无法排名"),
                broken("  ECO: [growth, ranking:ECO_PROJECTS]", "growth", "grwoth", Line.EDIT,
                        "charts 的 ECO 中「grwoth」不认识,应为 growth 或 ranking:指标代码"),
                broken("  ECO: [growth, ranking:ECO_PROJECTS]", "ECO:", "ECX:", Line.EDIT,
                        "charts 的 ECX 不是 groups 中的领域代码,也不是 AIR"),
                broken("  AIR: [calendar, monthly, levels]", "calendar", "calender", Line.EDIT,
                        "charts 的 AIR 中「calender」不认识,应为 calendar、monthly 或 levels"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("brokenCatalogs")
    void aBrokenCatalogIsRefusedWithTheLineAndWhatIsWrong(String anchor, String text, String expected)
            throws IOException {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CatalogFileException e = catchThrowableOfType(CatalogFileException.class, () -> IndicatorCatalog.load(file));
        assertThat(e).as(anchor).isNotNull();
        assertThat(e.problems()).containsExactly(expected);
        assertThat(e.getMessage()).startsWith("指标目录 " + file + " 有误 — catalog.yaml " + expected)
            .endsWith("。请改正该文件后重新运行。(1 error(s) in catalog.yaml)");
    }

    /**
     * Every mistake at once, in the order of the file: the office fixes them in one pass.
     */
    @Test
    void everyMistakeIsReportedAtOnce() throws IOException {
        String text = edit(
                edit(String.join("\n", LINES), "- {code: SAF_HAZARDS_FIX_RATE,", "numerator: SAF_HAZARDS_FIXED, ", ""),
                "- {code: ECO_WHOLESALE_RETAIL_YOY,", ", of: ECO_WHOLESALE_RETAIL", "");
        text = text.replace("ranking:URB_RENOV_ESTATES", "ranking:URB_RENOV");
        Path file = Files.writeString(dir.resolve("catalog.yaml"), text, StandardCharsets.UTF_8);
        CatalogFileException e = catchThrowableOfType(CatalogFileException.class, () -> IndicatorCatalog.load(file));
        assertThat(e.problems()).containsExactly(
                "第 " + lineOf("  URB: [growth") + " 行: charts 的 URB 中 ranking:URB_RENOV 的 URB_RENOV 不是目录中的指标代码",
                "第 " + lineOf("- {code: ECO_WHOLESALE_RETAIL_YOY,") + " 行: 增幅指标 ECO_WHOLESALE_RETAIL_YOY 缺少 of",
                "第 " + lineOf("- {code: SAF_HAZARDS_FIX_RATE,") + " 行: 比率指标 SAF_HAZARDS_FIX_RATE 缺少 numerator");
        assertThat(e.getMessage()).contains("有误(共 3 处) — catalog.yaml 第 ").doesNotContain("\n");
        assertThat(e.line()).isEqualTo(lineOf("  URB: [growth"));
    }

    @Test
    void aCircleOfParentsIsRefusedAtEachOfItsEntries() throws IOException {
        String text = edit(String.join("\n", LINES), "- {code: LIV_NEW_JOBS,", "required: true,",
                "required: true, parent: LIV_NEW_JOBS_GRAD,");
        Path file = Files.writeString(dir.resolve("catalog.yaml"), text, StandardCharsets.UTF_8);
        CatalogFileException e = catchThrowableOfType(CatalogFileException.class, () -> IndicatorCatalog.load(file));
        assertThat(e.problems()).containsExactly(
                "第 " + (lineOf("- {code: LIV_NEW_JOBS,") + 1)
                        + " 行: 时期指标 LIV_NEW_JOBS 的 parent 关系绕成了圈(LIV_NEW_JOBS → LIV_NEW_JOBS_GRAD → LIV_NEW_JOBS)",
                "第 " + lineOf("- {code: LIV_NEW_JOBS_GRAD,")
                        + " 行: 时期指标 LIV_NEW_JOBS_GRAD 的 parent 关系绕成了圈(LIV_NEW_JOBS_GRAD → LIV_NEW_JOBS → LIV_NEW_JOBS_GRAD)");
    }

    /**
     * Whatever the edit, the answer is the catalog or the office's message with a line,
     * never a Java exception: each line of the real catalog deleted in turn, and each
     * line's values blanked.
     */
    @Test
    void anyLineDeletedOrBlankedIsEitherFineOrSaidWithItsLine() throws IOException {
        Path file = dir.resolve("catalog.yaml");
        int refused = 0;
        for (int k = 0; k < LINES.size(); k++) {
            List<String> deleted = new ArrayList<>(LINES);
            deleted.remove(k);
            List<String> blanked = new ArrayList<>(LINES);
            blanked.set(k, LINES.get(k).replaceAll(": [^,{}\\[\\]]+", ": "));
            for (List<String> lines : List.of(deleted, blanked)) {
                Files.write(file, lines, StandardCharsets.UTF_8);
                try {
                    IndicatorCatalog.load(file);
                }
                catch (CatalogFileException e) {
                    refused++;
                    assertThat(e.problems()).as("line %d", k + 1).isNotEmpty().allMatch(p -> p.startsWith("第 "));
                }
            }
        }
        assertThat(refused).isGreaterThan(LINES.size() / 2);
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.yaml"), "title: x\ngroups:\n  - {code: ECO, name: [经济\n",
                StandardCharsets.UTF_8);
        CatalogFileException e = catchThrowableOfType(CatalogFileException.class, () -> IndicatorCatalog.load(file));
        assertThat(e.problems()).singleElement().asString().startsWith("第 4 行: YAML 格式错误 — ");
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "# nothing\n", StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(CatalogFileException.class, () -> IndicatorCatalog.load(empty)).problems())
            .containsExactly("第 1 行: 文件是空的或不是「键: 值」的格式");
    }

    /**
     * Where the expected line is: the entry's first line (a key missing), the line of the
     * edit, or a line it inserts after.
     */
    enum Line {

        ENTRY, EDIT, NEXT

    }

    private static Arguments broken(String anchor, String from, String to, Line where, String message) {
        int entry = lineOf(anchor);
        int line = where == Line.ENTRY ? entry : lineContaining(entry, from) + (where == Line.NEXT ? 1 : 0);
        return Arguments.of(anchor + " " + from + " → " + to, edit(String.join("\n", LINES), anchor, from, to),
                "第 " + line + " 行: " + message);
    }

    /** Replaces the first {@code from} at or after the anchor's line. */
    static String edit(String text, String anchor, String from, String to) {
        int a = text.indexOf(anchor);
        assertThat(a).as(anchor).isGreaterThanOrEqualTo(0);
        int at = text.indexOf(from, a);
        assertThat(at).as(from).isGreaterThanOrEqualTo(0);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The 1-based line of the first line containing the text. */
    static int lineOf(String text) {
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in the catalog: " + text);
    }

    private static int lineContaining(int from, String text) {
        for (int i = from - 1; i < LINES.size(); i++) {
            if (LINES.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in the catalog after line " + from + ": " + text);
    }

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
