package yearbook.check;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which 目标任务 workbook of a year stands: the latest by 填报日期, then by arrival (a mid-year
 * revision of the 考核办法 replaces the first allocation as a whole). Earlier ones become SUPERSEDED,
 * kept and named in the report. Run after {@link Supersession}, which resets every SUPERSEDED of the year.
 */
public class TargetVersions {
    private final JdbcClient jdbc;

    public TargetVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Supersession.Superseded> apply(int year) {
        List<Supersession.Superseded> out = jdbc.sql("""
                with ranked as (
                  select id, unit_code, file_name,
                         first_value(id) over w as standing_id,
                         first_value(file_name) over w as standing_file,
                         row_number() over w as rn
                  from submission
                  where year = ? and status = 'ACCEPTED' and kind = 'TARGETS'
                  window w as (order by filed_on desc nulls last, received_at desc, id desc)
                )
                select id, unit_code, file_name, standing_id, standing_file from ranked where rn > 1 order by id""")
                .param(year)
                .query((rs, n) -> new Supersession.Superseded(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5)))
                .list();
        for (Supersession.Superseded s : out) {
            jdbc.sql("update submission set status = 'SUPERSEDED', superseded_by = ? where id = ?")
                    .params(s.standingId(), s.id()).update();
        }
        return out;
    }
}
