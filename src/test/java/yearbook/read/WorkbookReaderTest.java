package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import yearbook.model.CellRef;
import yearbook.model.Observation;
import yearbook.model.Period;

/**
 * A community's report with every quirk a careful reader accepts, in each format, and its
 * layout variants.
 */
class WorkbookReaderTest extends CorpusSupport {

    @ParameterizedTest
    @ValueSource(strings = { "report-basic.xlsx", "report-basic.xls", "report-basic.xlsm" })
    void readsTheBasicReportInEveryFormat(String file) {
        ReadResult.Report r = report(file);
        assertThat(r.sheet()).isEqualTo("报表");
        assertThat(r.unitCode()).isEqualTo("JIANGOUTOU");
        assertThat(r.period()).isEqualTo(Period.year(2022));
        assertThat(r.filedOn()).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(r.findings()).isEmpty();
        // section titles (一、经济发展), the blank row and the 合计 row are not indicators
        assertThat(r.observations()).extracting(Observation::indicatorCode)
            .containsExactly("ECO_PROJECTS", "ECO_ENTERPRISE_VISITS", "LIV_NEW_JOBS", "LIV_NEW_JOBS_GRAD",
                    "LIV_RELIEF_FUNDS", "LIV_PUBLIC_POSTS", "SAF_HAZARDS_FOUND", "SAF_HAZARDS_FIXED");
        assertThat(r.observations()).allSatisfy(o -> {
            assertThat(o.unitCode()).isEqualTo("JIANGOUTOU");
            assertThat(o.period()).isEqualTo(Period.year(2022));
            assertThat(o.approximate()).isFalse();
            assertThat(o.notApplicable()).isFalse();
            assertThat(o.conversion()).isNull();
        });
        Observation projects = obs(r, "ECO_PROJECTS");
        assertThat(projects.value()).isEqualByComparingTo("3");
        assertThat(projects.prior()).isEqualByComparingTo("2");
        assertThat(projects.source()).isEqualTo(new CellRef("报表", "E7"));
        assertThat(projects.rawText()).isEqualTo("3");
    }

    @Test
    void readsTextNumbersFormulasAndOtherQuirks() {
        ReadResult.Report r = report("report-basic.xlsx");
        Observation visits = obs(r, "ECO_ENTERPRISE_VISITS"); // "1,234" and "1 000"
        assertThat(visits.value()).isEqualTo(dec("1234"));
        assertThat(visits.prior()).isEqualTo(dec("1000"));
        assertThat(visits.rawText()).isEqualTo("1,234");
        // formula: its cached result
        assertThat(obs(r, "LIV_NEW_JOBS").value()).isEqualTo(dec("120"));
        Observation grads = obs(r, "LIV_NEW_JOBS_GRAD"); // " 其中:高校毕业生", full-width "３０"
        assertThat(grads.value()).isEqualTo(dec("30"));
        assertThat(grads.rawText()).isEqualTo("３０");
        assertThat(grads.source()).isEqualTo(new CellRef("报表", "E11"));
        // "56.5万元" in a 万元 row
        assertThat(obs(r, "LIV_RELIEF_FUNDS").value()).isEqualTo(dec("56.5"));
        assertThat(obs(r, "LIV_PUBLIC_POSTS").value()).isEqualTo(dec("12")); // " 12 "
    }

    @Test
    void findsColumnsByTheirHeaderAndSkipsHiddenAndHeaderlessSheets() {
        ReadResult.Report r = report("report-layout.xlsx");
        // not 填报说明 (no header), not 旧表 (hidden)
        assertThat(r.sheet()).isEqualTo("2022年报");
        // 填报单位: | 横河社区居委会 (alias, next cell)
        assertThat(r.unitCode()).isEqualTo("HENGHE");
        assertThat(r.period()).isEqualTo(Period.year(2022)); // 报告期:2022 in one cell
        assertThat(r.filedOn()).isEqualTo(LocalDate.of(2023, 1, 6));
        assertThat(r.findings()).isEmpty();
        assertThat(r.observations()).hasSize(2);
        Observation jobs = obs(r, "LIV_NEW_JOBS");
        assertThat(jobs.value()).isEqualTo(dec("60"));
        assertThat(jobs.prior()).isEqualTo(dec("55"));
        assertThat(jobs.source()).isEqualTo(new CellRef("2022年报", "A6"));
        // by alias 排查隐患数
        assertThat(obs(r, "SAF_HAZARDS_FOUND").value()).isEqualTo(dec("30"));
    }

    @ParameterizedTest
    @CsvSource({ "period-year-text.xlsx, 2022", "period-year-plain.xlsx, 2022", "period-quarter-cn.xlsx, 2022Q4",
            "period-quarter-q.xlsx, 2022Q4", "period-quarter-cn-numeral.xlsx, 2022Q4", "period-month-cn.xlsx, 2022-12",
            "period-month-dash.xlsx, 2022-12", "period-month-dot-text.xlsx, 2022-12",
            "period-month-date-cell.xlsx, 2022-12", "period-month-dot-number.xlsx, 2022-12" })
    void readsEveryPeriodSpellingAndFilingDate(String file, String period) {
        ReadResult.Report r = report(file);
        assertThat(r.period()).isEqualTo(Period.parseCode(period));
        assertThat(r.filedOn()).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(r.findings()).isEmpty();
        assertThat(r.observations()).allSatisfy(o -> assertThat(o.period()).isEqualTo(Period.parseCode(period)));
    }

    @Test
    void aNumberThatLostItsTrailingZeroIsAnAmbiguousPeriod() {
        ReadResult.Report r = report("period-ambiguous-number.xlsx");
        assertThat(r.period()).isNull();
        assertThat(where(r.findings())).containsExactly("ERROR 报告期 @报表!E2");
        assertThat(r.findings().get(0).valueSeen()).isEqualTo("2022.1");
        assertThat(r.findings().get(0).advice()).contains("2022年10月");
    }

    @Test
    void anUnreadablePeriodIsAnErrorAndAnUnreadableFilingDateAWarning() {
        ReadResult.Report r = report("period-unreadable.xlsx");
        assertThat(r.period()).isNull();
        assertThat(r.filedOn()).isNull();
        assertThat(where(r.findings())).containsExactly("ERROR 报告期 @报表!E2", "WARNING 填报日期 @报表!B4");
        assertThat(r.findings()).extracting(f -> f.valueSeen()).containsExactly("去年全年", "下周");
        assertReadable(r.findings());
    }

}
