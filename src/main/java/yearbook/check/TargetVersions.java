package yearbook.check;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.model.FilingDate;
import yearbook.model.Period;

/**
 * Which 目标任务 workbook of a year stands: the latest by 填报日期, then by arrival (a mid-year
 * revision of the 考核办法 replaces the first allocation as a whole). Earlier ones become
 * SUPERSEDED, kept and named in the report. A 填报日期 that cannot be trusted (later than
 * today) decides nothing: arrival order does, as for reports. Run after
 * {@link Supersession}, which resets every SUPERSEDED of the year.
 */
public class TargetVersions {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    public TargetVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    public List<Supersession.Superseded> apply(int year) {
        List<Version> versions = new ArrayList<>(jdbc.sql("""
                select id, unit_code, file_name, period, filed_on, received_at from submission
                where year = ? and status = 'ACCEPTED' and kind = 'TARGETS' order by id""")
            .param(year)
            .query((rs, n) -> new Version(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), rs.getTimestamp(6)))
            .list());
        if (versions.size() < 2) {
            return List.of();
        }
        String doubt = doubt(versions, LocalDate.now(OFFICE));
        versions.sort(doubt == null ? BY_FILING_DATE : BY_ARRIVAL);
        Version standing = versions.get(0);
        List<Supersession.Superseded> out = new ArrayList<>();
        for (Version v : versions.subList(1, versions.size())) {
            out.add(new Supersession.Superseded(v.id(), v.unit(), v.file(), standing.id(), standing.file(), doubt));
        }
        out.sort(Comparator.comparingLong(Supersession.Superseded::id));
        for (Supersession.Superseded s : out) {
            jdbc.sql("update submission set status = 'SUPERSEDED', superseded_by = ? where id = ?")
                .params(s.standingId(), s.id())
                .update();
        }
        return out;
    }

    private static String doubt(List<Version> versions, LocalDate today) {
        for (Version v : versions) {
            Optional<String> why = FilingDate.doubt(v.filedOn(),
                    v.period() == null ? null : Period.parseCode(v.period()), today);
            if (why.isPresent()) {
                return "《" + v.file() + "》的填报日期" + v.filedOn() + why.get();
            }
        }
        return null;
    }

}
