package yearbook.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import yearbook.model.CellRef;
import yearbook.model.ObservationId;
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
        try (UnitHandoff handoff = new UnitHandoff(each)) {
            return read(year, handoff::accept);
        }
    }

    private long read(int year, EachUnit each) {
        Map<String, String> codes = new HashMap<>();
        String[] unit = { null };
        List<StoredObservation> obs = new ArrayList<>();
        Map<String, BigDecimal> previous = new HashMap<>();
        long[] count = { 0 };
        Runnable flush = () -> {
            if (unit[0] != null) {
                // sorted by id on the compiling thread
                each.accept(unit[0], new ArrayList<>(obs), new HashMap<>(previous));
            }
            obs.clear();
            previous.clear();
        };
        // Only what the compiler uses (not the cell, raw text or conversion), each
        // repeated code one shared string (Period.parseCode shares periods). The year's
        // submissions are sorted by unit (tens of thousands of rows) and each one's
        // observations fetched as its range of ids, so the rows come grouped by unit
        // without sorting the observations themselves (millions of rows, spilled to disk
        // at a province); a unit's are put in id order here. Last year's figures of a
        // unit come with its first submission; those of units with no submission this
        // year (the stations, the sub-district, a community gone quiet) follow.
        cursor.query("""
                select s.unit_code, x.part, x.id, x.submission_id, x.period, x.indicator_code, x.value, x.prior,
                       x.approximate, x.not_applicable, x.unit_code
                from (select id, unit_code, id = min(id) over (partition by unit_code) as first from submission
                      where year = ? and status = 'ACCEPTED' and kind = 'REPORT') s
                cross join lateral (
                  select 0 as part, o.id, o.submission_id, o.period, o.indicator_code, o.value, o.prior, o.approximate,
                         o.not_applicable, o.unit_code
                  from observation o where """ + ObservationId.OF_SUBMISSION_S + """

                  union all
                  select 1, f.id, null, null, f.indicator_code, f.value, null, false, false, f.unit_code
                  from figure f where s.first and f.year = ? and f.unit_code = s.unit_code) x
                order by s.unit_code""", rs -> {
            String u = rs.getString(1);
            if (!u.equals(unit[0])) {
                flush.run();
                unit[0] = u;
            }
            if (rs.getInt(2) == 1) {
                previous.put(rs.getString(6), rs.getBigDecimal(7));
                return;
            }
            if (!u.equals(rs.getString(11))) {
                throw new IllegalStateException(
                        "observation " + rs.getLong(3) + " is not of its submission's unit " + u);
            }
            String code = rs.getString(5);
            obs.add(new StoredObservation(rs.getLong(3), rs.getLong(4),
                    new Observation(shared(codes, u), code == null ? null : Period.parseCode(code),
                            shared(codes, rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBoolean(9),
                            rs.getBoolean(10), CellRef.NONE, null, null)));
            count[0]++;
        }, year, year - 1);
        flush.run();
        unit[0] = null;
        cursor.query("""
                select unit_code, indicator_code, value from figure f where year = ? and not exists (
                  select 1 from submission s where s.year = ? and s.status = 'ACCEPTED' and s.kind = 'REPORT'
                    and s.unit_code = f.unit_code)
                order by unit_code, id""", rs -> {
            String u = rs.getString(1);
            if (!u.equals(unit[0])) {
                flush.run();
                unit[0] = u;
            }
            previous.put(rs.getString(2), rs.getBigDecimal(3));
        }, year - 1, year);
        flush.run();
        return count[0];
    }

    static final Comparator<StoredObservation> BY_ID = Comparator.comparingLong(StoredObservation::id);

    private static String shared(Map<String, String> codes, String s) {
        return s == null ? null : codes.computeIfAbsent(s, k -> k);
    }

}
