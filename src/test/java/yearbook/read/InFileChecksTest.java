package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 强制性审核 inside one file, on real workbooks. */
class InFileChecksTest extends CorpusSupport {

    @Test
    void childParentNumeratorDenominatorSignAndWholeness() {
        ReadResult.Report r = report("checks-consistency.xlsx");
        assertThat(where(r.findings())).containsExactlyInAnyOrder("ERROR 强制性审核:不得为负数 @报表!E12",
                "ERROR 强制性审核:计数指标为整数 @报表!E13", // 2.5户; 2.5吨 is fine
                "ERROR 强制性审核:其中项不大于总数 @报表!E7", // 高校毕业生 130 > 新增就业 120
                "ERROR 强制性审核:其中项不大于总数 @报表!E11", // 首针 820 > 应种 800 (其中)
                "ERROR 强制性审核:分子不大于分母 @报表!E11", // … and the rate's numerator
                "ERROR 强制性审核:分子不大于分母 @报表!E9"); // 整改 55 > 排查 50
        assertThat(r.observations()).hasSize(9);
        assertReadable(r.findings());
    }

    @Test
    void childIsComparedToParentInTheParentsUnit() {
        ReadResult.Report r = report("child-exceeds-parent-street.xlsx");
        assertThat(where(r.findings())).containsExactly("ERROR 强制性审核:其中项不大于总数 @报表!E7");
        assertThat(r.findings().get(0).message()).contains("32亿元").contains("31.49亿元");
        assertThat(obs(r, "ECO_SVC_FAI_HITECH").value()).isEqualTo(dec("320000"));
    }

    @Test
    void requiredRowsOfTheReportsSourceMustBeThereAndFilled() {
        ReadResult.Report r = report("checks-required.xlsx");
        // 新增就业人员 row present, value empty
        assertThat(where(r.findings())).containsExactly("ERROR 强制性审核:必报指标 @报表!E6", "ERROR 强制性审核:必报指标 @报表"); // 排查隐患
                                                                                                            // row
                                                                                                            // missing
        assertThat(r.findings().get(1).message()).contains("排查隐患");
        // the street's report has no required community rows to carry
        assertThat(report("units-street.xlsx").hasErrors()).isFalse();
    }

}
