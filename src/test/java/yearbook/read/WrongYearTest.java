package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Finding;

/**
 * A 2022 report or station file put in another year's folder is held back, not counted
 * for that year.
 */
class WrongYearTest {

    final WorkbookReader reader = new WorkbookReader(IndicatorCatalog.load(Path.of("config/catalog.yaml")),
            UnitRegistry.load(Path.of("config/units.yaml")));

    @Test
    void aReportOfAnotherYearIsAnError() {
        Path f = Path.of("input/2022/横河社区2022年统计报表.xlsx");
        ReadResult ok = ReadStage.belongsTo(2022, reader.read(f, f.getFileName().toString()));
        assertThat(ok.hasErrors()).isFalse();
        ReadResult wrong = ReadStage.belongsTo(2026, reader.read(f, f.getFileName().toString()));
        assertThat(wrong.hasErrors()).isTrue();
        Finding e = wrong.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
        assertThat(e.message()).contains("2022年", "2026年度");
        assertThat(e.advice()).contains("2022年度");
    }

    @Test
    void stationDaysOfAnotherYearAreAnError() {
        Path f = Path.of("input/2022/唐闸公园站空气质量日报2022.xlsx");
        assertThat(ReadStage.belongsTo(2022, reader.read(f, f.getFileName().toString())).hasErrors()).isFalse();
        ReadResult wrong = ReadStage.belongsTo(2023, reader.read(f, f.getFileName().toString()));
        assertThat(wrong.findings()).anySatisfy(x -> assertThat(x.message()).contains("365天", "2023年"));
    }

}
