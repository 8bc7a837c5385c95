package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import yearbook.model.CellRef;
import yearbook.model.Observation;
import yearbook.model.Severity;

/**
 * Approximate, not-applicable, empty and bad values; unit conversions; unknown units and
 * indicators.
 */
class ValuesAndUnitsTest extends CorpusSupport {

    @Test
    void approximateValuesAreReadMarkedAndWarned() {
        ReadResult.Report r = report("values-quirks.xlsx");
        Observation staff = obs(r, "URB_PATROL_STAFF");
        assertThat(staff.value()).isEqualTo(dec("1000"));
        assertThat(staff.approximate()).isTrue();
        assertThat(staff.rawText()).isEqualTo("1000余");
        assertThat(obs(r, "URB_SHOPS_REGULATED").value()).isEqualTo(dec("300"));
        assertThat(obs(r, "URB_SHOPS_REGULATED").approximate()).isTrue();
        assertThat(obs(r, "URB_DEBRIS_CLEARED").value()).isEqualTo(dec("50")); // "50吨左右"
        assertThat(obs(r, "URB_DEBRIS_CLEARED").approximate()).isTrue();
        assertThat(where(r.findings())).containsExactly("WARNING 约数 @报表!E8", "WARNING 约数 @报表!E9", "WARNING 约数 @报表!E10");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void dashesSlashesAndWuAreNotApplicableAndEmptyIsNotReported() {
        ReadResult.Report r = report("values-quirks.xlsx");
        for (String code : new String[] { "URB_BILLBOARDS", "URB_PARKING_LINES", "URB_ZOMBIE_CARS" }) {
            Observation o = obs(r, code);
            assertThat(o.notApplicable()).as(code).isTrue();
            assertThat(o.value()).as(code).isNull();
        }
        assertThat(obs(r, "URB_BILLBOARDS").rawText()).isEqualTo("—");
        assertThat(obs(r, "URB_PARKING_LINES").prior()).isNull(); // "/" in 上年同期
        // both empty
        assertThat(r.observations()).noneMatch(o -> o.indicatorCode().equals("ENV_REGREEN_AREA"));
        Observation chaos = obs(r, "ENV_FOUR_CHAOS"); // empty now, prior 7
        assertThat(chaos.value()).isNull();
        assertThat(chaos.notApplicable()).isFalse();
        assertThat(chaos.prior()).isEqualTo(dec("7"));
    }

    @Test
    void errorCellsFreeTextAndDatesAreErrorsOnTheirCell() {
        ReadResult.Report r = report("values-bad.xlsx");
        assertThat(where(r.findings())).containsExactly("ERROR 数值格式 @报表!E8", "ERROR 数值格式 @报表!E9", "ERROR 数值格式 @报表!E10",
                "ERROR 数值格式 @报表!E11", "ERROR 数值格式 @报表!E12", "ERROR 数值格式 @报表!F13");
        assertThat(r.findings()).extracting(f -> f.valueSeen())
            .containsExactly("#DIV/0!", "#REF!", "见附件", "N/A?", "2022-03-05", "约一百");
        assertThat(r.observations()).extracting(Observation::indicatorCode)
            .containsExactly("LIV_NEW_JOBS", "SAF_HAZARDS_FOUND");
        assertReadable(r.findings());
    }

    @Test
    void convertsMoneyExactlyBothWaysAndRecordsIt() {
        ReadResult.Report r = report("units-street.xlsx");
        assertThat(r.unitCode()).isEqualTo("TANGZHA");
        Observation budget = obs(r, "ECO_BUDGET_REV");
        assertThat(budget.value()).isEqualTo(dec("3.4"));
        assertThat(budget.prior()).isEqualTo(dec("3")); // "30,000" 万元
        assertThat(budget.conversion()).isEqualTo("万元→亿元");
        assertThat(budget.rawText()).isEqualTo("34000");
        assertThat(obs(r, "ECO_IND_FAI").conversion()).isNull();
        assertThat(obs(r, "ECO_IND_FAI_HITECH").value()).isEqualTo(dec("1.42"));
        assertThat(obs(r, "ECO_SVC_FAI").value()).isEqualTo(dec("31.49"));
        Observation svcHitech = obs(r, "ECO_SVC_FAI_HITECH");
        assertThat(svcHitech.value()).isEqualTo(dec("1367"));
        assertThat(svcHitech.conversion()).isEqualTo("亿元→万元");
        assertThat(where(r.findings())).containsExactly("INFO 计量单位 @报表!D6", "INFO 计量单位 @报表!D8", "INFO 计量单位 @报表!D9",
                "INFO 计量单位 @报表!D10");
        assertThat(r.findings().get(0).message()).contains("34000万元 → 3.4亿元");
        assertThat(r.hasErrors()).isFalse(); // 其中 1.42亿 ≤ 1.42亿, 1367万 ≤ 31.49亿
    }

    @Test
    void convertsAreaAndTreatsRenAndMingAsOneUnit() {
        ReadResult.Report r = report("units-community.xlsx");
        Observation area = obs(r, "URB_ILLEGAL_AREA");
        assertThat(area.value()).isEqualTo(dec("12500"));
        assertThat(area.prior()).isEqualTo(dec("8000"));
        assertThat(area.conversion()).isEqualTo("万平方米→平方米");
        // 人 in a 名 row
        assertThat(obs(r, "SAF_MENTAL_VISITS").value()).isEqualTo(dec("35"));
        assertThat(obs(r, "SAF_MENTAL_VISITS").conversion()).isNull();
        assertThat(obs(r, "LIV_NEW_JOBS_GRAD").conversion()).isNull(); // 名 in a 人 row
        assertThat(where(r.findings())).containsExactly("INFO 计量单位 @报表!D8");
    }

    @Test
    void aUnitThatDoesNotConvertIsAnErrorOnTheUnitCell() {
        ReadResult.Report r = report("units-bad.xlsx");
        assertThat(where(r.findings())).containsExactly("ERROR 计量单位 @报表!D8", "ERROR 计量单位 @报表!D9");
        assertThat(r.findings().get(0).valueSeen()).isEqualTo("亩");
        assertThat(r.findings().get(0).advice()).contains("平方米");
        assertThat(r.observations()).extracting(Observation::indicatorCode)
            .containsExactly("LIV_NEW_JOBS", "SAF_HAZARDS_FOUND");
    }

    @Test
    void unknownUnsupportedDuplicateAndMismatchedRowsAreErrors() {
        ReadResult.Report r = report("rows-bad.xlsx");
        // 新增就业人口: unknown
        assertThat(where(r.findings())).containsExactly("ERROR 指标名称 @报表!C8", "ERROR 指标名称 @报表!B9", // code
                                                                                                  // XYZ_UNKNOWN,
                                                                                                  // no
                                                                                                  // name
                "ERROR 报送主体 @报表!C10", // station-sourced
                "ERROR 报送主体 @报表!C11", // derived rate
                "ERROR 报送主体 @报表!C12", // a street indicator in a community report
                "ERROR 指标重复 @报表!C13", // 排查隐患数 = 排查隐患 again
                "ERROR 指标代码 @报表!B14"); // code and name disagree
        assertThat(r.findings().get(0).advice()).contains("新增就业人员");
        assertThat(r.findings().get(5).message()).contains("报表!C7");
        // the first row stands
        assertThat(obs(r, "SAF_HAZARDS_FOUND").value()).isEqualTo(dec("50"));
        assertReadable(r.findings());
    }

    @Test
    void unitsMustBeKnownAndExistInThePeriodsYear() {
        ReadResult.Report unknown = report("unit-unknown.xlsx");
        assertThat(unknown.unitCode()).isNull();
        assertThat(where(unknown.findings())).containsExactly("ERROR 填报单位 @报表!A2");
        assertThat(unknown.findings().get(0).valueSeen()).isEqualTo("尖沟头居委员会");
        assertThat(unknown.findings().get(0).advice()).contains("尖沟头社区");

        ReadResult.Report notYet = report("unit-not-in-year.xlsx");
        assertThat(notYet.unitCode()).isEqualTo("BEIDAJIE");
        // filed in 2023 for 2021: more than a year after the period, so the date decides
        // no supersession
        assertThat(where(notYet.findings())).containsExactly("ERROR 填报单位 @报表!A2", "WARNING 填报日期 @报表!B4");
        assertThat(notYet.findings().get(0).message()).contains("2021年");

        ReadResult.Report missing = report("unit-missing.xlsx");
        assertThat(missing.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.where()).isEqualTo(new CellRef("报表", null));
        });
    }

}
