package yearbook.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import yearbook.catalog.Indicator;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.ReportingUnit;
import yearbook.model.Figure;

/**
 * A year's figures left in the database and read a block of units at a time. The tables
 * go through the units in report order, so a miss loads that unit and the next ones of
 * the order in one query; the sub-district, asked for on every page, stays among the most
 * recently used. A province's 820,000 figures took 670 MB of heap as one list.
 */
final class DbFigures implements YearFigures {

    /** Units per query: a province's have about 40 figures each, 20,000 rows. */
    static final int BLOCK = 500;

    /**
     * Units kept: eight blocks, a city's 2,000 units with room to spare (kept by last
     * use, a walk over a few more units than are kept would read every block again on
     * every pass). Some 35 MB at a province's 40 figures a unit.
     */
    static final int KEPT = 8 * BLOCK;

    /** About how many figures a province's unit has: sizes the blocks of a view. */
    private static final int FIGURES_PER_UNIT = 40;

    private static final String COLUMNS = """
            select f.unit_code, f.indicator_code, f.value, f.prior, f.growth, f.incomplete, f.approximate, f.comparable
            from figure f""";

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    private final int year;

    private final List<String> unitOrder;

    /** null: all of them. */
    private final Set<String> indicators;

    /** Units per query. */
    private final int block;

    /** Units kept. */
    private final int keptUnits;

    private final Map<String, Integer> unitRank = new HashMap<>();

    /** Unit codes and indicator codes repeat on every figure: one copy of each. */
    private final Map<String, String> codes = new HashMap<>();

    private final Map<String, Map<String, Figure>> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Figure>> eldest) {
            return size() > keptUnits;
        }
    };

    DbFigures(DataSource dataSource, JdbcClient jdbc, int year, List<ReportingUnit> unitOrder) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.year = year;
        Set<String> distinct = new LinkedHashSet<>();
        unitOrder.forEach(u -> distinct.add(u.code()));
        this.unitOrder = List.copyOf(distinct);
        for (String code : this.unitOrder) {
            unitRank.put(code, unitRank.size());
        }
        this.indicators = null;
        this.block = BLOCK;
        this.keptUnits = KEPT;
    }

    private DbFigures(DbFigures all, Set<String> indicators) {
        this.dataSource = all.dataSource;
        this.jdbc = all.jdbc;
        this.year = all.year;
        this.unitOrder = all.unitOrder;
        this.unitRank.putAll(all.unitRank);
        this.indicators = indicators;
        // blocks of about as many figures as the whole's: a ranking's one indicator is
        // one query for a province's 20,000 units
        this.block = Math.max(BLOCK, BLOCK * FIGURES_PER_UNIT / Math.max(1, indicators.size()));
        // walked in order, each block is read once with two kept
        this.keptUnits = 2 * block;
    }

    /**
     * Its own blocks, of the indicators only: the whole's kept units stay as they are for
     * the walks that need every indicator.
     */
    @Override
    public YearFigures only(Collection<String> indicatorCodes) {
        Set<String> codes = new HashSet<>(indicatorCodes);
        if (indicators != null) {
            codes.retainAll(indicators);
        }
        return new DbFigures(this, Set.copyOf(codes));
    }

    @Override
    public synchronized Optional<Figure> find(String unitCode, String indicatorCode) {
        if (indicators != null && !indicators.contains(indicatorCode)) {
            return Optional.empty();
        }
        Map<String, Figure> ofUnit = kept.get(unitCode);
        if (ofUnit == null) {
            ofUnit = load(unitCode);
        }
        return Optional.ofNullable(ofUnit.get(indicatorCode));
    }

    /**
     * The block of the order the unit is in (whichever way the order is walked, each
     * block is read once a walk), or the unit alone when the registry does not know it.
     */
    private Map<String, Figure> load(String unitCode) {
        Integer rank = unitRank.get(unitCode);
        List<String> block = List.of(unitCode);
        if (rank != null) {
            int first = rank / this.block * this.block;
            block = unitOrder.subList(first, Math.min(unitOrder.size(), first + this.block));
        }
        Map<String, Map<String, Figure>> loaded = new LinkedHashMap<>();
        block.forEach(u -> loaded.put(u, new HashMap<>()));
        String sql = COLUMNS + " where f.year = ? and f.unit_code = any(?)"
                + (indicators == null ? "" : " and f.indicator_code = any(?)") + " order by f.id";
        List<Object> params = new ArrayList<>(List.of(year, new SqlArrayValue("text", block.toArray())));
        if (indicators != null) {
            params.add(new SqlArrayValue("text", indicators.toArray()));
        }
        jdbc.sql(sql).params(params).query(rs -> {
            Figure f = figure(rs);
            loaded.get(f.unitCode()).putIfAbsent(f.indicatorCode(), f);
        });
        // the asked-for unit last, so that it is the most recently used of the block
        Map<String, Figure> asked = loaded.remove(unitCode);
        kept.putAll(loaded);
        kept.put(unitCode, asked);
        return asked;
    }

    /**
     * One ordered pass through a cursor: units in report order, the others after them by
     * code; indicators by catalog order, then code — as {@link ReportOrder#figures()}
     * sorts them.
     */
    @Override
    public void forEachInOrder(ReportOrder order, Consumer<Figure> each) {
        IndicatorCatalog catalog = order.catalog();
        List<String> indicatorCodes = new ArrayList<>();
        List<Integer> indicatorRanks = new ArrayList<>();
        for (Indicator i : catalog.all()) {
            indicatorCodes.add(i.code());
            indicatorRanks.add(i.order());
        }
        List<String> units = new ArrayList<>(
                new LinkedHashSet<>(order.units().stream().map(ReportingUnit::code).toList()));
        String sql = COLUMNS + """

                left join unnest(?::text[]) with ordinality as u(code, rank) on u.code = f.unit_code
                left join unnest(?::text[], ?::int[]) as i(code, rank) on i.code = f.indicator_code
                where f.year = ?
                order by coalesce(u.rank, 9223372036854775807), f.unit_code collate "C",
                         coalesce(i.rank, 2147483647), f.indicator_code collate "C", f.id""";
        try (Connection con = dataSource.getConnection()) {
            boolean autoCommit = con.getAutoCommit();
            // a cursor needs a transaction; otherwise the driver reads every row first
            con.setAutoCommit(false);
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                ps.setArray(1, con.createArrayOf("text", units.toArray()));
                ps.setArray(2, con.createArrayOf("text", indicatorCodes.toArray()));
                ps.setArray(3, con.createArrayOf("int4", indicatorRanks.toArray()));
                ps.setInt(4, year);
                ps.setFetchSize(5_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Figure f = figure(rs);
                        if (indicators == null || indicators.contains(f.indicatorCode())) {
                            each.accept(f);
                        }
                    }
                }
            }
            finally {
                con.rollback();
                con.setAutoCommit(autoCommit);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(year + "年的指标无法从数据库读出", e);
        }
    }

    private Figure figure(ResultSet rs) throws SQLException {
        return new Figure(year, shared(rs.getString(1)), shared(rs.getString(2)), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8));
    }

    private synchronized String shared(String s) {
        return s == null ? null : codes.computeIfAbsent(s, k -> k);
    }

}
