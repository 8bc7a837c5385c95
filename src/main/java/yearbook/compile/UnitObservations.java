package yearbook.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import yearbook.model.CellRef;
import yearbook.model.Observation;
import yearbook.model.Period;

/**
 * A year's standing observations and last year's figures, one unit at a time, read
 * through a cursor (inside the caller's transaction): a city year is 936,000
 * observations, a province ten times that.
 */
final class UnitObservations {

    /**
     * What is done with each unit: its observations in id order, last year's figures by
     * indicator.
     */
    interface EachUnit {

        void accept(String unitCode, List<StoredObservation> observations, Map<String, BigDecimal> previousYear);

    }

    private static final int FETCH = 5_000;

    private final JdbcTemplate cursor;

    UnitObservations(JdbcTemplate template) {
        cursor = new JdbcTemplate(template.getDataSource());
        cursor.setFetchSize(FETCH);
    }

    /**
     * @return how many observations were read
     */
    long forEachUnit(int year, EachUnit each) {
        Map<String, String> codes = new HashMap<>();
        String[] unit = { null };
        List<StoredObservation> obs = new ArrayList<>();
        Map<String, BigDecimal> previous = new HashMap<>();
        long[] count = { 0 };
        Runnable flush = () -> {
            if (unit[0] != null) {
                each.accept(unit[0], new ArrayList<>(obs), new HashMap<>(previous));
            }
            obs.clear();
            previous.clear();
        };
        // Only what the compiler uses (not the cell, raw text or conversion), each
        // repeated code one shared string (Period.parseCode shares periods). Last year's
        // figures come after a unit's observations.
        cursor.query(
                """
                        select o.unit_code, 0, o.id, o.submission_id, o.period, o.indicator_code, o.value, o.prior, o.approximate,
                               o.not_applicable
                        from observation o join submission s on s.id = o.submission_id
                        where s.year = ? and s.status = 'ACCEPTED' and s.kind = 'REPORT'
                        union all
                        select unit_code, 1, id, null, null, indicator_code, value, null, false, false from figure where year = ?
                        order by 1, 2, 3""",
                rs -> {
                    String u = rs.getString(1);
                    if (!u.equals(unit[0])) {
                        flush.run();
                        unit[0] = u;
                    }
                    if (rs.getInt(2) == 1) {
                        previous.put(rs.getString(6), rs.getBigDecimal(7));
                        return;
                    }
                    String code = rs.getString(5);
                    obs.add(new StoredObservation(rs.getLong(3), rs.getLong(4),
                            new Observation(shared(codes, u), code == null ? null : Period.parseCode(code),
                                    shared(codes, rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8),
                                    rs.getBoolean(9), rs.getBoolean(10), CellRef.NONE, null, null)));
                    count[0]++;
                }, year, year - 1);
        flush.run();
        return count[0];
    }

    private static String shared(Map<String, String> codes, String s) {
        return s == null ? null : codes.computeIfAbsent(s, k -> k);
    }

}
