package yearbook.publish;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;
import yearbook.model.AnnualAirQuality;
import yearbook.model.Figure;
import yearbook.model.Finding;
import yearbook.model.Progress;

/**
 * Everything publish needs for one year, read from the database after compile. Figures of
 * the sub-district as a whole carry {@code units.subdistrict().code()} as their unit.
 * stations: each station's year, in station-code order; empty when no station data was
 * received.
 */
public record YearReport(int year, int throughMonth, LocalDate compiledOn, IndicatorCatalog catalog, UnitRegistry units,
        YearFigures figures, List<Missing> missing, YearFiles files, YearFindings findings, Lineage lineage,
        List<AnnualAirQuality> stations, List<Progress> progress, Trends trends) {

    public YearReport {
        stations = stations == null ? List.of() : List.copyOf(stations);
        progress = progress == null ? List.of() : List.copyOf(progress);
        trends = trends == null ? Trends.NONE : trends;
    }

    /** A year without targets or trends. */
    public YearReport(int year, int throughMonth, LocalDate compiledOn, IndicatorCatalog catalog, UnitRegistry units,
            List<Figure> figures, List<Missing> missing, List<Received> received, List<FileFinding> findings,
            Lineage lineage, List<AnnualAirQuality> stations) {
        this(year, throughMonth, compiledOn, catalog, units, YearFigures.of(figures), missing, YearFiles.of(received),
                YearFindings.of(findings), lineage, stations, List.of(), Trends.NONE);
    }

    /** The same year with its targets' progress and its trends. */
    public YearReport with(List<Progress> progress, Trends trends) {
        return new YearReport(year, throughMonth, compiledOn, catalog, units, figures, missing, files, findings,
                lineage, stations, progress, trends);
    }

    /** A target's progress for a unit and indicator. */
    public Optional<Progress> progressOf(String unitCode, String indicatorCode) {
        return progress.stream()
            .filter(p -> p.unitCode().equals(unitCode) && p.indicatorCode().equals(indicatorCode))
            .findFirst();
    }

    /** The sub-district's own targets, in catalog order. */
    public List<Progress> subdistrictProgress() {
        return progress.stream()
            .filter(p -> p.unitCode().equals(subdistrictCode()))
            .sorted(Comparator.comparingInt(p -> catalog.get(p.indicatorCode()).order()))
            .toList();
    }

    /** One station's year (the common case of a sub-district). */
    public YearReport(int year, int throughMonth, LocalDate compiledOn, IndicatorCatalog catalog, UnitRegistry units,
            List<Figure> figures, List<Missing> missing, List<Received> received, List<FileFinding> findings,
            Lineage lineage, AnnualAirQuality air) {
        this(year, throughMonth, compiledOn, catalog, units, figures, missing, received, findings, lineage,
                air == null ? List.<AnnualAirQuality>of() : List.of(air));
    }

    /**
     * Stations given a section of their own (figures and charts) in the PDF: all of a
     * small network; of a large one only the first (the sub-district's), the others
     * summed up one row each, so that a network of a hundred stations does not make a
     * leader's report of three hundred pages.
     */
    public static final int STATION_SECTIONS_UP_TO = 8;

    public List<AnnualAirQuality> stationsWithSections() {
        return stations.size() <= STATION_SECTIONS_UP_TO ? stations : stations.subList(0, 1);
    }

    /**
     * The first station's year (the sub-district's own), or null when no station data was
     * received.
     */
    public AnnualAirQuality air() {
        return stations.isEmpty() ? null : stations.get(0);
    }

    /** With the sources in memory. */
    public YearReport(int year, int throughMonth, LocalDate compiledOn, IndicatorCatalog catalog, UnitRegistry units,
            List<Figure> figures, List<Missing> missing, List<Received> received, List<FileFinding> findings,
            List<Source> lineage, AnnualAirQuality air) {
        this(year, throughMonth, compiledOn, catalog, units, figures, missing, received, findings, Lineage.of(lineage),
                air);
    }

    /** A whole year's report. */
    public YearReport(int year, LocalDate compiledOn, IndicatorCatalog catalog, UnitRegistry units,
            List<Figure> figures, List<Missing> missing, List<Received> received, List<FileFinding> findings,
            List<Source> lineage, AnnualAirQuality air) {
        this(year, 12, compiledOn, catalog, units, figures, missing, received, findings, lineage, air);
    }

    /** A whole year's report, its sources read when used. */
    public YearReport(int year, LocalDate compiledOn, IndicatorCatalog catalog, UnitRegistry units,
            List<Figure> figures, List<Missing> missing, List<Received> received, List<FileFinding> findings,
            Lineage lineage, AnnualAirQuality air) {
        this(year, 12, compiledOn, catalog, units, figures, missing, received, findings, lineage, air);
    }

    /**
     * What the figures cover, as titles say it: 2022年度, or 2023年1-6月 for a year to date
     * (累计).
     */
    public String periodLabel() {
        if (throughMonth == 12) {
            return year + "年度";
        }
        return throughMonth == 1 ? year + "年1月" : year + "年1-" + throughMonth + "月";
    }

    /**
     * 催报名单 row: a unit that did not report some periods (period labels such as
     * 2022年第3季度).
     */
    public record Missing(String unitCode, List<String> periods) {
    }

    /**
     * One received file and what became of it (ACCEPTED, QUARANTINED, SUPERSEDED,
     * DUPLICATE, NOT_SUBMISSION).
     */
    public record Received(String fileName, String unitCode, String period, String status, LocalDate filedOn) {
    }

    /** A finding with the file it concerns (fileName null for findings across files). */
    public record FileFinding(String unitCode, String fileName, Finding finding) {
    }

    /** One contribution to a figure: which file, sheet, cell and value (lineage). */
    public record Source(String unitCode, String indicatorCode, String fileName, String period, String sheet,
            String cell, BigDecimal value) {
    }

    public String subdistrictCode() {
        return units.subdistrict().code();
    }

    /** The sub-district's figure for an indicator. */
    public Optional<Figure> total(String indicatorCode) {
        return figure(subdistrictCode(), indicatorCode);
    }

    /** The figure of a unit for an indicator: publish asks for one per table cell. */
    public Optional<Figure> figure(String unitCode, String indicatorCode) {
        return figures.find(unitCode, indicatorCode);
    }
}
