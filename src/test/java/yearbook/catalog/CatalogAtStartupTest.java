package yearbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;
import yearbook.cli.ExitCode;

/**
 * What the office sees when its edited catalog and registry have several mistakes: all of
 * them, on one line, exit 2.
 */
class CatalogAtStartupTest {

    @TempDir
    Path dir;

    @Test
    void everyMistakeOfTheCatalogIsOnTheOneLineTheCommandPrints() throws Exception {
        String text = Files.readString(CatalogValidationTest.REAL, StandardCharsets.UTF_8)
            .replaceFirst("numerator: SAF_HAZARDS_FIXED, ", "")
            .replaceFirst(", of: ECO_WHOLESALE_RETAIL", "")
            .replaceFirst("air: o3_8h_p90", "air: o3");
        Path catalog = Files.writeString(dir.resolve("catalog.yaml"), text, StandardCharsets.UTF_8);
        var r = ProgramRun.execute("check", "x.xlsx", "--catalog", catalog.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.console().strip().lines().toList()).as(r.console()).hasSize(1);
        assertThat(r.console()).startsWith("配置错误 (configuration): 指标目录 " + catalog + " 有误(共 3 处) — ")
            .contains(
                    "catalog.yaml 第 " + CatalogValidationTest.lineOf("- {code: ECO_WHOLESALE_RETAIL_YOY,")
                            + " 行: 增幅指标 ECO_WHOLESALE_RETAIL_YOY 缺少 of;",
                    "catalog.yaml 第 " + CatalogValidationTest.lineOf("- {code: ENV_O3_8H_P90,")
                            + " 行: 监测指标 ENV_O3_8H_P90 的 air 取值「o3」不认识",
                    "catalog.yaml 第 " + CatalogValidationTest.lineOf("- {code: SAF_HAZARDS_FIX_RATE,")
                            + " 行: 比率指标 SAF_HAZARDS_FIX_RATE 缺少 numerator。")
            .doesNotContain("Exception", "\tat ");
    }

    @Test
    void theRegistrysMistakesLikewise() throws Exception {
        String text = Files.readString(UnitRegistryValidationTest.REAL, StandardCharsets.UTF_8)
            .replace("from: 2022}", "from: 2022, to: 2020}");
        Path units = Files.writeString(dir.resolve("units.yaml"), text, StandardCharsets.UTF_8);
        var r = ProgramRun.execute("check", "x.xlsx", "--units", units.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.console().strip().lines().toList()).as(r.console()).hasSize(1);
        assertThat(r.console()).contains("单位名录 " + units + " 有误(共 2 处) — units.yaml 第 "
                + UnitRegistryValidationTest.lineOf("{code: BEIDAJIE,")
                + " 行: 社区 BEIDAJIE 的 to(2020)早于 from(2022);units.yaml 第 "
                + UnitRegistryValidationTest.lineOf("{code: YONGYI,") + " 行: 社区 YONGYI 的 to(2020)早于 from(2022)。");
    }

}
