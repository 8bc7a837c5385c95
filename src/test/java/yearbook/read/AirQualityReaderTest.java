package yearbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import yearbook.model.AirQualityDay;
import yearbook.model.CellRef;
import yearbook.model.Pollutant;

/** 空气质量日报 (spec §2) as LibreOffice writes them. */
class AirQualityReaderTest extends CorpusSupport {

    private ReadResult.AirQuality aq(String file) {
        ReadResult r = read(file);
        assertThat(r).as(file + " " + r.findings()).isInstanceOf(ReadResult.AirQuality.class);
        return (ReadResult.AirQuality) r;
    }

    private static AirQualityDay day(ReadResult.AirQuality r, String iso) {
        return r.days().stream().filter(d -> d.day().equals(LocalDate.parse(iso))).findFirst().orElseThrow();
    }

    @Test
    void readsSubscriptHeadersWithUnitsAndTheAqiColumn() {
        ReadResult.AirQuality r = aq("aq-station-meta.xlsx");
        assertThat(r.stationCode()).isEqualTo("TZ_PARK"); // 站点:唐闸公园站 (alias)
        assertThat(r.sheet()).isEqualTo("日报");
        assertThat(r.days()).extracting(AirQualityDay::day)
            .containsExactly(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 3),
                    // 平均值 row skipped
                    LocalDate.of(2022, 1, 4), LocalDate.of(2022, 1, 5));
        AirQualityDay first = day(r, "2022-01-01");
        assertThat(first.concentrations())
            .isEqualTo(Map.of(Pollutant.SO2, dec("8"), Pollutant.NO2, dec("35"), Pollutant.PM10, dec("60"),
                    Pollutant.CO, dec("0.8"), Pollutant.O3_8H, dec("50"), Pollutant.PM25, dec("40")));
        assertThat(first.submittedAqi()).isEqualTo(55);
        assertThat(first.stationCode()).isEqualTo("TZ_PARK");
        assertThat(first.source()).isEqualTo(new CellRef("日报", "A4"));
        // missing stays absent
        assertThat(day(r, "2022-01-02").concentrations()).doesNotContainKey(Pollutant.PM25)
            .containsEntry(Pollutant.CO, dec("0.9")); // formula's cached result
        AirQualityDay textDate = day(r, "2022-01-03"); // date and numbers as text
        assertThat(textDate.concentrations()).containsEntry(Pollutant.CO, dec("1.0").stripTrailingZeros()).hasSize(6);
        assertThat(textDate.submittedAqi()).isNull(); // "—"
        assertThat(day(r, "2022-01-04").concentrations()).doesNotContainKey(Pollutant.NO2).hasSize(5);
    }

    @Test
    void badValuesDatesAndDuplicatesAreErrorsOnTheirCell() {
        ReadResult.AirQuality r = aq("aq-station-meta.xlsx");
        assertThat(where(r.findings())).containsExactly("ERROR 数值格式 @日报!C7", // NO₂ 故障
                "ERROR 数值格式 @日报!H8", // AQI 50.5
                "ERROR 日期 @日报!A9", // 2022-01-05 twice
                "ERROR 日期 @日报!A10"); // 2022-13-01
        assertThat(r.findings()).extracting(f -> f.valueSeen())
            .containsExactly("故障", "50.5", "2022-01-05", "2022-13-01");
        assertReadable(r.findings());
    }

    @Test
    void readsAStationColumnPlainHeadersAndBothOzoneColumnsFromXls() {
        ReadResult.AirQuality r = aq("aq-station-column.xls");
        assertThat(r.stationCode()).isEqualTo("TZ_PARK");
        assertThat(r.findings()).isEmpty();
        assertThat(r.days()).hasSize(2);
        assertThat(day(r, "2022-02-01").concentrations()).containsEntry(Pollutant.O3_1H, dec("90"))
            .containsEntry(Pollutant.O3_8H, dec("80"))
            .containsEntry(Pollutant.PM25, dec("25"))
            .hasSize(7);
        assertThat(day(r, "2022-02-01").source()).isEqualTo(new CellRef("Sheet1", "B2"));
    }

    @Test
    void readsChineseHeaders() {
        ReadResult.AirQuality r = aq("aq-chinese-headers.xlsx");
        assertThat(r.stationCode()).isEqualTo("TZ_PARK");
        assertThat(r.findings()).isEmpty();
        assertThat(r.days()).singleElement()
            .satisfies(d -> assertThat(d.concentrations()).containsEntry(Pollutant.SO2, dec("5"))
                .containsEntry(Pollutant.O3_8H, dec("80"))
                .containsEntry(Pollutant.CO, dec("0.5"))
                .hasSize(6));
    }

    @Test
    void anUnknownStationIsAnError() {
        ReadResult.AirQuality r = aq("aq-unknown-station.xlsx");
        assertThat(r.stationCode()).isNull();
        assertThat(where(r.findings())).containsExactly("ERROR 站点 @Sheet1!A1");
        assertThat(r.findings().get(0).advice()).contains("唐闸公园");
    }

    @Test
    void pollutantHeaderSpellings() {
        assertThat(PollutantHeaders.of("SO₂")).contains(Pollutant.SO2);
        assertThat(PollutantHeaders.of("SO2(μg/m3)")).contains(Pollutant.SO2);
        assertThat(PollutantHeaders.of("PM₂.₅")).contains(Pollutant.PM25);
        assertThat(PollutantHeaders.of("PM2.5 (µg/m³)")).contains(Pollutant.PM25);
        assertThat(PollutantHeaders.of("O3_8h")).contains(Pollutant.O3_8H);
        assertThat(PollutantHeaders.of("O3-8h")).contains(Pollutant.O3_8H);
        assertThat(PollutantHeaders.of("臭氧8小时")).contains(Pollutant.O3_8H);
        assertThat(PollutantHeaders.of("臭氧(8小时)")).contains(Pollutant.O3_8H);
        assertThat(PollutantHeaders.of("O3")).contains(Pollutant.O3_1H);
        assertThat(PollutantHeaders.of("O3_1h")).contains(Pollutant.O3_1H);
        assertThat(PollutantHeaders.of("CO(mg/m3)")).contains(Pollutant.CO);
        assertThat(PollutantHeaders.of("日期")).isEmpty();
    }

}
