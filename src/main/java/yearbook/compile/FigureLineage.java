package yearbook.compile;

import yearbook.model.ObservationId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.catalog.Indicator;

/**
 * Where a compiled figure comes from: the observations it was compiled from (file, sheet,
 * cell, value), and the versions left out (superseded or quarantined). What
 * {@code explain} prints and the console's 指标 page shows.
 */
public class FigureLineage {

    private final JdbcClient jdbc;

    public FigureLineage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(long id, BigDecimal value, BigDecimal prior, BigDecimal growth, boolean incomplete,
            boolean approximate, boolean comparable) {
    }

    public record Contribution(String unit, String file, String period, String sheet, String cell, BigDecimal value,
            String raw, String conversion, String status) {
        /** The text of the cell when it differs from the value read (原文). */
        public String rawIfDifferent() {
            return raw != null && !raw.isBlank() && (value == null || !raw.equals(value.toPlainString())) ? raw : null;
        }
    }

    public record Explanation(Stored figure, List<Contribution> used, List<Contribution> leftOut) {
    }

    public Optional<Stored> figure(int year, String unitCode, String indicatorCode) {
        return jdbc.sql("""
                select id, value, prior, growth, incomplete, approximate, comparable from figure
                where year = ? and unit_code = ? and indicator_code = ?""")
            .params(year, unitCode, indicatorCode)
            .query((rs, n) -> new Stored(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                    rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)))
            .optional();
    }

    /** Empty when the year has no such figure (not reported, or not compiled yet). */
    public Optional<Explanation> explain(int year, String unitCode, Indicator ind, boolean wholeSubdistrict) {
        return figure(year, unitCode, ind.code()).map(fig -> {
            List<Contribution> used = jdbc
                .sql("""
                        select o.unit_code, s.file_name, o.period, o.sheet, o.cell, o.value, o.raw_text, o.conversion, s.status
                        from figure_source fs join observation o on o.id = fs.observation_id join submission s on s.id = o.submission_id
                        where fs.figure_id = ? order by o.unit_code, o.period, o.id""")
                .param(fig.id())
                .query((rs, n) -> contribution(rs))
                .list();
            List<Contribution> left = jdbc
                .sql("""
                        select o.unit_code, s.file_name, o.period, o.sheet, o.cell, o.value, o.raw_text, o.conversion, s.status
                        from observation o join submission s on """
                        + ObservationId.OF_SUBMISSION_S
                        + """

                                where s.year = ? and o.indicator_code in (?, ?, ?) and s.status in ('SUPERSEDED', 'QUARANTINED')
                                  and (? or o.unit_code = ?)
                                order by o.unit_code, o.period, o.id""")
                .params(year, ind.code(), String.valueOf(ind.numerator()), String.valueOf(ind.denominator()),
                        wholeSubdistrict, unitCode)
                .query((rs, n) -> contribution(rs))
                .list();
            return new Explanation(fig, used, left);
        });
    }

    private static Contribution contribution(ResultSet rs) throws SQLException {
        return new Contribution(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

}
