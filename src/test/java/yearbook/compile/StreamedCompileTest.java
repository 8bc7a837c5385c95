package yearbook.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import yearbook.MigratedDatabase;
import yearbook.compile.air.AnnualAirQualityEvaluator;
import yearbook.store.AirQualityDays;
import yearbook.model.CellRef;
import yearbook.model.Figure;
import yearbook.model.Observation;
import yearbook.model.Period;

/**
 * The compile stage as it runs (a unit at a time through a cursor, figures and lineage
 * spooled and copied in, a derived figure's sources resolved in the database) gives the
 * same figures, in the same order, with the same lineage as the rules applied to the
 * whole year in memory: communities in an order other than their codes', a unit missing
 * periods, a boundary change, quarters beside an annual report, stocks, rates of
 * communities and of the sub-district, a growth figure, a street-sourced total, last
 * year's figures as the 同比 basis, an observation of a unit the registry does not know.
 */
class StreamedCompileTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static DataSource ds;

    @BeforeAll
    static void start() {
        ds = db.dataSource();
    }

    @Test
    void theStreamedCompilationIsTheInMemoryOne() {
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql("insert into received_file (sha256, size_bytes, content) values (repeat('b', 64), 1, '\\x00')")
            .update();
        // a unit's file each, as the read stage stores them
        Map<String, Long> subs = new HashMap<>();
        List<StoredObservation> stored = new ArrayList<>();
        String[][] rows = {
                // unit, period, indicator, value, prior
                { "XINHUA", "2022", "SAF_HAZARDS_FOUND", "40", "30" },
                { "XINHUA", "2022Q1", "SAF_HAZARDS_FOUND", "9", null },
                { "XINHUA", "2022", "SAF_HAZARDS_FIXED", "38", "29" },
                { "HENGHE", "2022Q1", "SAF_HAZARDS_FOUND", "10", "8" },
                { "HENGHE", "2022Q2", "SAF_HAZARDS_FOUND", "12", "9" },
                { "HENGHE", "2022Q1", "SAF_HAZARDS_FIXED", "9", null },
                { "HENGHE", "2022Q2", "SAF_HAZARDS_FIXED", "12", null },
                { "HENGHE", "2022Q1", "LIV_VACC_ELIGIBLE", "500", null },
                { "HENGHE", "2022Q2", "LIV_VACC_ELIGIBLE", "510", null },
                { "HENGHE", "2022Q2", "LIV_VACC_FIRST_DOSE", "480", null },
                { "BEIDAJIE", "2022", "SAF_HAZARDS_FOUND", "7", null },
                { "BEIDAJIE", "2022", "SAF_HAZARDS_FIXED", "7", null },
                { "BEIDAJIE", "2022", "LIV_VACC_ELIGIBLE", "300", null },
                { "BEIDAJIE", "2022", "LIV_VACC_FIRST_DOSE", "299.5", null },
                { "TANGZHA", "2022", "ECO_WHOLESALE_RETAIL", "12.34", null },
                { "TANGZHA", "2022", "SAF_PETITIONS_RESOLVED", "3", null },
                { "NOWHERE", "2022", "SAF_HAZARDS_FOUND", "1000", null },
                { "GAODIAN", "2022Q3", "SAF_HAZARDS_FOUND", null, null }, };
        for (String[] r : rows) {
            long sub = subs.computeIfAbsent(r[0], unit -> jdbc.sql("""
                    insert into submission (year, file_name, sha256, received_at, status, kind, unit_code)
                    values (2022, ? || '.xlsx', repeat('b', 64), now(), 'ACCEPTED', 'REPORT', ?) returning id""")
                .params(unit, unit)
                .query(Long.class)
                .single());
            long id = jdbc.sql("""
                    insert into observation (id, submission_id, unit_code, period, indicator_code, value, prior)
                    values (""" + MigratedDatabase.NEXT_OBSERVATION_ID + """
                    , ?, ?, ?, ?, ?::numeric, ?::numeric) returning id""")
                .params(sub, sub, r[0], r[1], r[2], r[3], r[4])
                .query(Long.class)
                .single();
            stored.add(new StoredObservation(id, sub,
                    new Observation(r[0], Period.parseCode(r[1]), r[2], r[3] == null ? null : new BigDecimal(r[3]),
                            r[4] == null ? null : new BigDecimal(r[4]), false, false, CellRef.NONE, null, null)));
        }
        Map<String, Map<String, BigDecimal>> previous = Map.of("TANGZHA",
                Map.of("ECO_WHOLESALE_RETAIL", new BigDecimal("10"), "SAF_HAZARDS_FOUND", new BigDecimal("50")),
                "HENGHE",
                Map.of("SAF_HAZARDS_FOUND", new BigDecimal("20"), "SAF_HAZARDS_FIX_RATE", new BigDecimal("80")));
        previous.forEach((unit, m) -> m.forEach((code, v) -> jdbc.sql("""
                insert into figure (year, unit_code, indicator_code, value, incomplete, approximate, comparable)
                values (2021, ?, ?, ?, false, false, true)""").params(unit, code, v).update()));
        jdbc.sql("insert into missing_report (year, unit_code, period) values (2022, 'XINHUA', '2022Q4')").update();

        YearCompiler compiler = new YearCompiler(YearCompilerTest.CATALOG, YearCompilerTest.UNITS);
        FigureStore store = new FigureStore(jdbc, new JdbcTemplate(ds));
        CompileStage stage = new CompileStage(jdbc, compiler, store, new AirQualityDays(jdbc),
                new AnnualAirQualityEvaluator());
        new TransactionTemplate(new DataSourceTransactionManager(ds))
            .executeWithoutResult(s -> stage.compile(2022, 12));

        List<CompiledFigure> expected = compiler
            .compile(new YearCompiler.Inputs(2022, stored, previous, Set.of("XINHUA"), List.of()));
        assertThat(expected).hasSizeGreaterThan(15);
        assertThat(expected.stream().map(c -> c.figure().indicatorCode())).contains("SAF_HAZARDS_FIX_RATE",
                "LIV_VACC_RATE", "ECO_WHOLESALE_RETAIL_YOY");
        // as numeric gives them back (1E+2 is stored and read as 100)
        assertThat(store.load(2022)).containsExactlyElementsOf(expected.stream().map(c -> stored(c.figure())).toList());

        Map<String, Set<Long>> lineage = new TreeMap<>();
        jdbc.sql("""
                select f.unit_code || '/' || f.indicator_code, fs.observation_id
                from figure f join figure_source fs on fs.figure_id = f.id where f.year = 2022""").query(rs -> {
            lineage.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getLong(2));
        });
        Map<String, Set<Long>> expectedLineage = new TreeMap<>();
        for (CompiledFigure c : expected) {
            Figure f = c.figure();
            if (!c.observationIds().isEmpty()) {
                expectedLineage.put(f.unitCode() + "/" + f.indicatorCode(), new TreeSet<>(c.observationIds()));
            }
        }
        assertThat(lineage).isEqualTo(expectedLineage);
        // a total's sources are its communities' (not the unknown unit's), a rate's its
        // parts'
        assertThat(lineage.get("TANGZHA/SAF_HAZARDS_FIX_RATE")).hasSize(8);
        Map<Long, String> units = new HashMap<>();
        stored.forEach(o -> units.put(o.id(), o.observation().unitCode()));
        assertThat(lineage.get("TANGZHA/SAF_HAZARDS_FOUND").stream().map(units::get)).doesNotContain("NOWHERE");
    }

    private static Figure stored(Figure f) {
        return new Figure(f.year(), f.unitCode(), f.indicatorCode(), plain(f.value()), plain(f.prior()),
                plain(f.growth()), f.incomplete(), f.approximate(), f.comparable());
    }

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : new BigDecimal(v.toPlainString());
    }

}
