package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.MigratedDatabase;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitKind;
import yearbook.catalog.UnitRegistry;
import yearbook.model.Figure;
import yearbook.publish.chart.ChartStyle;
import yearbook.publish.chart.CommunityRankingChart;
import yearbook.publish.pdf.SummaryPdfFont;

/**
 * The figures publish reads from the database a block of units at a time are the ones it
 * would have had in memory: the same figure for every unit and indicator asked (over
 * several blocks, so that kept units are dropped and read again), and the same order for
 * the CSV — units the registry does not know and indicators the catalog does not know
 * included.
 */
class DbFiguresTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static final int COMMUNITIES = 2 * DbFigures.KEPT + 37;

    private static DataSource ds;

    private static JdbcClient jdbc;

    private static final List<Figure> stored = new ArrayList<>();

    private static YearReport report;

    @BeforeAll
    static void database() {
        ds = db.dataSource();
        jdbc = JdbcClient.create(ds);
        IndicatorCatalog catalog = IndicatorCatalog.load(Path.of("config/catalog.yaml"));
        List<ReportingUnit> communities = new ArrayList<>();
        for (int u = 0; u < COMMUNITIES; u++) {
            communities.add(new ReportingUnit(String.format("C%05d", COMMUNITIES - u), "社区" + u, List.of(),
                    UnitKind.COMMUNITY, null, null, Set.of()));
        }
        UnitRegistry units = new UnitRegistry(
                new ReportingUnit("TOTAL", "唐闸镇街道", List.of(), UnitKind.SUBDISTRICT, null, null, Set.of()),
                communities);
        List<String> codes = new ArrayList<>();
        codes.add("TOTAL");
        communities.forEach(c -> codes.add(c.code()));
        codes.add("ZZ_UNKNOWN");
        codes.add("AA_UNKNOWN");
        List<String> indicators = new ArrayList<>(catalog.all().stream().map(Indicator::code).limit(6).toList());
        indicators.add("NOT_IN_CATALOG");
        Random random = new Random(7);
        List<Figure> figures = new ArrayList<>();
        for (String unit : codes) {
            for (String indicator : indicators) {
                // a unit without some indicators: asked for, it is none
                if (random.nextInt(5) == 0) {
                    continue;
                }
                figures.add(new Figure(2022, unit, indicator, new BigDecimal(random.nextInt(100_000)).movePointLeft(2),
                        random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(1000)),
                        random.nextBoolean() ? null : new BigDecimal("-12.3456789012345678"), random.nextBoolean(),
                        random.nextBoolean(), random.nextBoolean()));
            }
        }
        // stored in an order that is not the report's
        Collections.shuffle(figures, random);
        new JdbcTemplate(ds).batchUpdate(
                """
                        insert into figure (year, unit_code, indicator_code, value, prior, growth, incomplete, approximate, comparable)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                figures.stream()
                    .map(f -> new Object[] { f.year(), f.unitCode(), f.indicatorCode(), f.value(), f.prior(),
                            f.growth(), f.incomplete(), f.approximate(), f.comparable() })
                    .toList());
        stored.addAll(figures);
        // another year is not this one's
        jdbc.sql("insert into figure (year, unit_code, indicator_code, value) values (2021, 'TOTAL', ?, 1)")
            .param(indicators.get(0))
            .update();
        report = new YearReport(2022, LocalDate.of(2023, 1, 5), catalog, units, stored, List.of(), List.of(), List.of(),
                List.<YearReport.Source>of(), null);
    }

    private static DbFigures fromDatabase() {
        return new DbFigures(ds, jdbc, 2022, new ReportOrder(report).units());
    }

    @Test
    void everyFigureInTheOrderTheOutputsListThem() {
        List<Figure> inMemory = new ArrayList<>();
        report.figures().forEachInOrder(new ReportOrder(report), inMemory::add);
        List<Figure> fromDb = new ArrayList<>();
        fromDatabase().forEachInOrder(new ReportOrder(report), fromDb::add);

        assertThat(inMemory).hasSize(stored.size());
        assertThat(fromDb).isEqualTo(inMemory);
        assertThat(fromDb.get(0).unitCode()).isEqualTo("TOTAL");
        // units the registry does not know come last, by code
        assertThat(fromDb.get(fromDb.size() - 1).unitCode()).isEqualTo("ZZ_UNKNOWN");
    }

    @Test
    void theSameFigureForEveryUnitAndIndicatorAskedOverSeveralBlocks() {
        DbFigures fromDb = fromDatabase();
        List<String> asked = new ArrayList<>();
        new ReportOrder(report).units().forEach(u -> asked.add(u.code()));
        asked.add("AA_UNKNOWN");
        asked.add("NOBODY");
        List<String> indicators = List.of(stored.get(0).indicatorCode(), "NOT_IN_CATALOG", "NONE_SUCH");
        int found = 0;
        // twice through the order, and backwards: blocks dropped are read again
        List<String> backwards = new ArrayList<>(asked);
        Collections.reverse(backwards);
        for (List<String> pass : List.of(asked, asked, backwards)) {
            for (String unit : pass) {
                for (String indicator : indicators) {
                    assertThat(fromDb.find(unit, indicator)).isEqualTo(report.figure(unit, indicator));
                    found += report.figure(unit, indicator).isPresent() ? 1 : 0;
                }
                // the sub-district asked between communities, as the pages do
                assertThat(fromDb.find("TOTAL", indicators.get(0))).isEqualTo(report.total(indicators.get(0)));
            }
        }
        assertThat(found).isGreaterThan(3 * COMMUNITIES);
    }

    @Test
    void aViewOfSomeIndicatorsHasTheirFiguresAndNoOthers() {
        List<String> indicators = List.of(stored.get(0).indicatorCode(), "NOT_IN_CATALOG");
        String other = stored.stream()
            .map(Figure::indicatorCode)
            .filter(c -> !indicators.contains(c))
            .findFirst()
            .orElseThrow();
        YearFigures view = fromDatabase().only(indicators);
        YearFigures inMemory = report.figures().only(indicators);
        List<String> asked = new ArrayList<>();
        new ReportOrder(report).units().forEach(u -> asked.add(u.code()));
        asked.add("AA_UNKNOWN");
        List<String> backwards = new ArrayList<>(asked);
        Collections.reverse(backwards);
        int found = 0;
        for (List<String> pass : List.of(asked, backwards)) {
            for (String unit : pass) {
                for (String indicator : indicators) {
                    assertThat(view.find(unit, indicator)).isEqualTo(report.figure(unit, indicator));
                    found += report.figure(unit, indicator).isPresent() ? 1 : 0;
                }
                assertThat(view.find(unit, other)).isEmpty();
            }
        }
        assertThat(found).isGreaterThan(2 * COMMUNITIES);
        List<Figure> fromDb = new ArrayList<>();
        view.forEachInOrder(new ReportOrder(report), fromDb::add);
        List<Figure> expected = new ArrayList<>();
        inMemory.forEachInOrder(new ReportOrder(report), expected::add);
        assertThat(fromDb).isNotEmpty().isEqualTo(expected);
        assertThat(fromDb).allMatch(f -> indicators.contains(f.indicatorCode()));
    }

    /**
     * A ranking reads its one indicator through a view: the same bars, in the same order
     * (equal values in registry order), and the same absent communities as from memory.
     */
    @Test
    void aRankingFromTheDatabaseIsTheOneFromMemory() {
        YearReport fromDb = new YearReport(report.year(), report.throughMonth(), report.compiledOn(), report.catalog(),
                report.units(), fromDatabase(), report.missing(), report.files(), report.findings(), report.lineage(),
                report.stations(), report.progress(), report.trends());
        CommunityRankingChart ranking = new CommunityRankingChart(new ChartStyle(SummaryPdfFont.awt()));
        List<String> indicators = stored.stream().map(Figure::indicatorCode).distinct().toList();
        int compared = 0;
        for (String code : indicators) {
            Indicator indicator = report.catalog().byCode(code).orElse(null);
            if (indicator == null) {
                continue;
            }
            List<BigDecimal> values = stored.stream()
                .filter(f -> f.indicatorCode().equals(code) && f.unitCode().startsWith("C"))
                .map(Figure::value)
                .toList();
            // ties among the values ranked, and communities without a figure
            assertThat(values.stream().distinct().count()).isLessThan(values.size());
            assertThat(values.size()).isLessThan(COMMUNITIES);
            JFreeChart expected = ranking.create(report, indicator);
            JFreeChart actual = ranking.create(fromDb, indicator);
            CategoryDataset e = expected.getCategoryPlot().getDataset();
            CategoryDataset a = actual.getCategoryPlot().getDataset();
            assertThat(a.getColumnKeys()).hasSize(30).isEqualTo(e.getColumnKeys());
            for (int c = 0; c < e.getColumnCount(); c++) {
                assertThat(a.getValue(0, c)).isEqualTo(e.getValue(0, c));
            }
            assertThat(subtitles(actual)).isEqualTo(subtitles(expected)).anyMatch(t -> t.startsWith("未报送:"));
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(6);
    }

    private static List<String> subtitles(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle tt) {
                texts.add(tt.getText());
            }
        }
        return texts;
    }

}
