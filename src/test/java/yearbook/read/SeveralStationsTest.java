package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AirQualityDay;
import yearbook.model.Finding;
import yearbook.model.Pollutant;

/**
 * A monitoring network's export: one workbook, a 站点 column naming several stations
 * (LibreOffice-made).
 */
class SeveralStationsTest {

    static UnitRegistry twoStations() {
        UnitRegistry real = UnitRegistry.load(Path.of("config/units.yaml"));
        List<ReportingUnit> others = new ArrayList<>(real.communities(2022));
        others.addAll(real.stations());
        others.add(new ReportingUnit("LANGSHAN", "狼山", List.of("狼山站"), UnitKind.STATION, null, null, Set.of()));
        return new UnitRegistry(real.subdistrict(), others);
    }

    @Test
    void eachDayKeepsItsOwnStationAndTheSameDateMayRecurAcrossStations() {
        WorkbookReader reader = new WorkbookReader(IndicatorCatalog.load(Path.of("config/catalog.yaml")),
                twoStations());
        ReadResult r = reader.read(Path.of("src/test/resources/corpus/aq-two-stations.xlsx"), "aq-two-stations.xlsx");
        assertThat(r).isInstanceOf(ReadResult.AirQuality.class);
        ReadResult.AirQuality aq = (ReadResult.AirQuality) r;
        Map<String, Long> perStation = aq.days()
            .stream()
            .collect(Collectors.groupingBy(AirQualityDay::stationCode, Collectors.counting()));
        assertThat(perStation).containsEntry("TZ_PARK", 3L).containsEntry("LANGSHAN", 3L).hasSize(2);
        // the same three dates at both stations are not duplicates
        assertThat(aq.findings()).noneMatch(f -> f.message().contains("重复"));
        // 紫琅 is no known station: one error naming it; its row is not read
        List<Finding> errors = aq.findings().stream().filter(Finding::isError).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).valueSeen()).isEqualTo("紫琅");
        assertThat(errors.get(0).message()).contains("紫琅");
        AirQualityDay langshan = aq.days()
            .stream()
            .filter(d -> d.stationCode().equals("LANGSHAN"))
            .findFirst()
            .orElseThrow();
        assertThat(langshan.concentrations().get(Pollutant.O3_8H)).isEqualByComparingTo("110");
    }

}
