package yearbook.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AnnualAirQuality;
import yearbook.publish.YearReport;
import yearbook.publish.chart.YearReportFixture;

/**
 * A district whose monitoring network has two stations: the PDF has an air-quality
 * section for each, with its own figures and charts, and the chart files of the second
 * station carry its code. The first station's section and file names stay what a
 * one-station year has.
 */
class SeveralStationsPdfTest {

    @TempDir
    Path dir;

    @Test
    void eachStationGetsItsOwnSectionAndCharts() throws Exception {
        YearReport one = YearReportFixture.report();
        AnnualAirQuality park = one.air();
        AnnualAirQuality langshan = new AnnualAirQuality("LANGSHAN", park.year(), 300, 360, new BigDecimal("83.333333"),
                park.pm25Mean(), park.pm10Mean(), park.no2Mean(), park.so2Mean(), park.coP95(), park.o3P90(),
                park.daysPerLevel(), park.goodDaysPerMonth(), park.validDaysPerMonth(), park.primaryDays(),
                park.days());
        List<ReportingUnit> units = new ArrayList<>(one.units().communities(2022));
        units.addAll(one.units().stations());
        units.add(new ReportingUnit("LANGSHAN", "狼山", List.of("狼山站"), UnitKind.STATION, null, null, Set.of()));
        UnitRegistry registry = new UnitRegistry(one.units().subdistrict(), units);
        YearReport two = new YearReport(one.year(), one.throughMonth(), one.compiledOn(), one.catalog(), registry,
                one.figures(), one.missing(), one.files(), one.findings(), one.lineage(), List.of(park, langshan),
                List.of(), null);

        Path pdf = dir.resolve("two/summary-2022.pdf");
        Path charts = dir.resolve("two/charts");
        new SummaryPdf(null).write(two, pdf, charts);
        Path pdfOne = dir.resolve("one/summary-2022.pdf");
        new SummaryPdf(null).write(one, pdfOne, dir.resolve("one/charts"));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile()); PDDocument single = Loader.loadPDF(pdfOne.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("空气质量(唐闸公园)").contains("空气质量(狼山)").contains("83.33");
            assertThat(doc.getNumberOfPages()).isGreaterThan(single.getNumberOfPages());
        }
        List<String> files;
        try (Stream<Path> s = Files.list(charts)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).anyMatch(f -> f.matches("\\d\\d-air-calendar\\.png"))
            .anyMatch(f -> f.matches("\\d\\d-air-langshan-calendar\\.(png|svg)"))
            .anyMatch(f -> f.matches("\\d\\d-air-langshan-monthly\\.png"));
        List<String> oneFiles;
        try (Stream<Path> s = Files.list(dir.resolve("one/charts"))) {
            oneFiles = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).containsAll(oneFiles);
        assertThat(oneFiles).noneMatch(f -> f.contains("langshan"));
    }

    /**
     * A network larger than {@link YearReport#STATION_SECTIONS_UP_TO}: the first
     * station's section, then one row per station.
     */
    @Test
    void aLargeNetworkIsATableNotAHundredSections() throws Exception {
        YearReport one = YearReportFixture.report();
        AnnualAirQuality park = one.air();
        List<ReportingUnit> units = new ArrayList<>(one.units().communities(2022));
        units.addAll(one.units().stations());
        List<AnnualAirQuality> stations = new ArrayList<>(List.of(park));
        for (int k = 1; k <= YearReport.STATION_SECTIONS_UP_TO; k++) {
            units.add(new ReportingUnit("S" + k, "测试站" + k, List.of(), UnitKind.STATION, null, null, Set.of()));
            stations.add(new AnnualAirQuality("S" + k, park.year(), 200 + k, 365, park.goodDayRate(), park.pm25Mean(),
                    park.pm10Mean(), park.no2Mean(), park.so2Mean(), park.coP95(), park.o3P90(), park.daysPerLevel(),
                    park.goodDaysPerMonth(), park.validDaysPerMonth(), park.primaryDays(), park.days()));
        }
        YearReport many = new YearReport(one.year(), one.throughMonth(), one.compiledOn(), one.catalog(),
                new UnitRegistry(one.units().subdistrict(), units), one.figures(), one.missing(), one.files(),
                one.findings(), one.lineage(), stations, List.of(), null);
        Path pdf = dir.resolve("many/summary-2022.pdf");
        new SummaryPdf(null).write(many, pdf, dir.resolve("many/charts"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("空气质量(唐闸公园)")
                .contains("各站点空气质量(共" + stations.size() + "个站点)")
                .contains("测试站1")
                .contains("测试站" + YearReport.STATION_SECTIONS_UP_TO)
                .doesNotContain("空气质量(测试站");
        }
        try (Stream<Path> s = Files.list(dir.resolve("many/charts"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(f -> f.contains("-s1-"));
        }
    }

}
