package yearbook.check;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.model.CellRef;
import yearbook.model.FilingDate;
import yearbook.model.Finding;
import yearbook.model.Period;

/**
 * Decides which version of a report stands: for the same unit and period the latest by
 * 填报日期, then by arrival, then by registration order. Earlier versions become SUPERSEDED,
 * kept and named in the report. Recomputed from scratch on each run, so a late file
 * arriving later is handled. When a version's 填报日期 cannot be trusted (later than today,
 * or more than a year after the period: a typo such as 2033), the dates of that unit and
 * period decide nothing: arrival order does, and the finding says so.
 */
public class Supersession {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    public Supersession(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param doubt why the dates were not used (arrival order decided), or null
     */
    public record Superseded(long id, String unitCode, String fileName, long standingId, String standingFile,
            String doubt) {
    }

    private record Version(long id, String unit, String file, String period, LocalDate filedOn, Timestamp receivedAt) {
    }

    private static final Comparator<Version> BY_ARRIVAL = Comparator.comparing(Version::receivedAt)
        .thenComparingLong(Version::id)
        .reversed();

    private static final Comparator<Version> BY_FILING_DATE = Comparator
        .comparing(Version::filedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
        .reversed()
        .thenComparing(BY_ARRIVAL);

    public List<Superseded> apply(int year) {
        return apply(year, LocalDate.now(OFFICE));
    }

    List<Superseded> apply(int year, LocalDate today) {
        jdbc.sql(
                "update submission set status = 'ACCEPTED', superseded_by = null where year = ? and status = 'SUPERSEDED'")
            .param(year)
            .update();
        return decide(jdbc.sql("""
                select id, unit_code, file_name, period, filed_on, received_at from submission
                where year = ? and status = 'ACCEPTED' and kind = 'REPORT' order by id""").param(year), today);
    }

    /**
     * The same decision for one unit and period only, at once, for a file the console has
     * just taken in: only that unit's versions are touched (a run's check may be working
     * on the same year). The next run's check decides again for the whole year, and files
     * the findings.
     */
    public List<Superseded> apply(int year, String unitCode, String period) {
        jdbc.sql("""
                update submission set status = 'ACCEPTED', superseded_by = null
                where year = ? and unit_code = ? and period = ? and kind = 'REPORT' and status = 'SUPERSEDED'""")
            .params(year, unitCode, period)
            .update();
        return decide(jdbc
            .sql("""
                    select id, unit_code, file_name, period, filed_on, received_at from submission
                    where year = ? and unit_code = ? and period = ? and status = 'ACCEPTED' and kind = 'REPORT' order by id""")
            .params(year, unitCode, period), LocalDate.now(OFFICE));
    }

    /**
     * Groups the versions by unit and period, decides which stands in each, marks the
     * others.
     */
    private List<Superseded> decide(JdbcClient.StatementSpec versionsQuery, LocalDate today) {
        Map<String, List<Version>> byUnitAndPeriod = new LinkedHashMap<>();
        versionsQuery
            .query((rs, n) -> new Version(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), rs.getTimestamp(6)))
            .list()
            .forEach(v -> byUnitAndPeriod.computeIfAbsent(v.unit() + '\u0000' + v.period(), k -> new ArrayList<>())
                .add(v));
        List<Superseded> out = new ArrayList<>();
        for (List<Version> versions : byUnitAndPeriod.values()) {
            if (versions.size() < 2) {
                continue;
            }
            String doubt = doubt(versions, today);
            versions.sort(doubt == null ? BY_FILING_DATE : BY_ARRIVAL);
            Version standing = versions.get(0);
            for (Version v : versions.subList(1, versions.size())) {
                out.add(new Superseded(v.id(), v.unit(), v.file(), standing.id(), standing.file(), doubt));
            }
        }
        out.sort(Comparator.comparingLong(Superseded::id));
        for (Superseded s : out) {
            jdbc.sql("update submission set status = 'SUPERSEDED', superseded_by = ? where id = ?")
                .params(s.standingId(), s.id())
                .update();
        }
        return out;
    }

    /**
     * Why the 填报日期 of these versions cannot decide (the first untrustworthy one), or
     * null.
     */
    private static String doubt(List<Version> versions, LocalDate today) {
        for (Version v : versions) {
            Period p = v.period() == null ? null : Period.parseCode(v.period());
            Optional<String> why = FilingDate.doubt(v.filedOn(), p, today);
            if (why.isPresent()) {
                return "《" + v.file() + "》的填报日期" + v.filedOn() + why.get();
            }
        }
        return null;
    }

    public static List<Finding> findingsOf(List<Superseded> superseded) {
        List<Finding> f = new ArrayList<>();
        for (Superseded s : superseded) {
            if (s.doubt() == null) {
                f.add(Finding.info("版本替代", CellRef.NONE, s.fileName(),
                        "本文件已被同一报告期后报送的《" + s.standingFile() + "》替代,其数据不再计入汇总(文件仍保留备查)。",
                        "无需处理;如替代有误,请重新报送正确版本并注明填报日期。"));
            }
            else {
                f.add(Finding.warning("版本替代", CellRef.NONE, s.fileName(),
                        "本文件已被同一报告期最后收到的《" + s.standingFile() + "》替代:" + s.doubt() + ",不可信,所以按报送先后(而不是填报日期)确定采用哪个版本。",
                        "请核对采用的版本是否正确;如不正确,请改正填报日期后重新报送正确的版本。"));
            }
        }
        return f;
    }

}
