package yearbook.check;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.model.CellRef;
import yearbook.model.Finding;

/**
 * Decides which version of a report stands: for the same unit and period the latest by 填报日期,
 * then by arrival, then by registration order. Earlier versions become SUPERSEDED, kept and named
 * in the report. Recomputed from scratch on each run, so a late file arriving later is handled.
 */
public class Supersession {
    private final JdbcClient jdbc;

    public Supersession(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Superseded(long id, String unitCode, String fileName, long standingId, String standingFile) {
    }

    /** Which version stands: the latest 填报日期, then the latest arrival, then the last registered. */
    static final String STANDING_FIRST = "filed_on desc nulls last, received_at desc, id desc";

    /**
     * The same decision for one unit and period only, at once, for a file the console has just taken in:
     * only that unit's versions are touched (a run's check may be working on the same year). The next
     * run's check decides again for the whole year, and files the findings.
     */
    public void apply(int year, String unitCode, String period) {
        jdbc.sql("""
                with ranked as (
                  select id, first_value(id) over w as standing_id, row_number() over w as rn
                  from submission
                  where year = ? and unit_code = ? and period = ? and kind = 'REPORT' and status in ('ACCEPTED', 'SUPERSEDED')
                  window w as (order by %s)
                )
                update submission s
                set status = case when r.rn = 1 then 'ACCEPTED' else 'SUPERSEDED' end,
                    superseded_by = case when r.rn = 1 then null else r.standing_id end
                from ranked r where s.id = r.id""".formatted(STANDING_FIRST))
                .params(year, unitCode, period).update();
    }

    public List<Superseded> apply(int year) {
        jdbc.sql("update submission set status = 'ACCEPTED', superseded_by = null where year = ? and status = 'SUPERSEDED'")
                .param(year).update();
        List<Superseded> out = jdbc.sql("""
                with ranked as (
                  select id, unit_code, file_name, period,
                         first_value(id) over w as standing_id,
                         first_value(file_name) over w as standing_file,
                         row_number() over w as rn
                  from submission
                  where year = ? and status = 'ACCEPTED' and kind = 'REPORT'
                  window w as (partition by unit_code, period order by %s)
                )
                select id, unit_code, file_name, standing_id, standing_file from ranked where rn > 1 order by id""".formatted(STANDING_FIRST))
                .param(year)
                .query((rs, n) -> new Superseded(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list();
        for (Superseded s : out) {
            jdbc.sql("update submission set status = 'SUPERSEDED', superseded_by = ? where id = ?")
                    .params(s.standingId(), s.id()).update();
        }
        return out;
    }

    public static List<Finding> findingsOf(List<Superseded> superseded) {
        List<Finding> f = new ArrayList<>();
        for (Superseded s : superseded) {
            f.add(Finding.info("SUPERSEDED", CellRef.NONE, s.fileName(),
                    "本文件已被同一报告期后报送的《" + s.standingFile() + "》替代,其数据不再计入汇总(文件仍保留备查)。",
                    "无需处理;如替代有误,请重新报送正确版本并注明填报日期。"));
        }
        return f;
    }
}
