package yearbook.read.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import yearbook.model.Target;

/**
 * Keeps a 目标任务 workbook's targets, each with its cell (lineage: submission, sheet, cell).
 */
final class TargetStore {

    private final JdbcTemplate template;

    TargetStore(JdbcTemplate template) {
        this.template = template;
    }

    void save(long submissionId, List<Target> targets) {
        List<Object[]> rows = new ArrayList<>();
        for (Target t : targets) {
            rows.add(new Object[] { submissionId, t.year(), t.unitCode(), t.indicatorCode(), t.direction().name(),
                    t.annual(), t.splitKind() == null ? null : t.splitKind().name(), split(t), t.source().sheet(),
                    t.source().cell(), t.rawText() });
        }
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate(
                """
                        insert into target (submission_id, year, unit_code, indicator_code, direction, annual, split_kind, split,
                                            sheet, cell, raw_text)
                        values (?, ?, ?, ?, ?, ?, ?, ?::numeric[], ?, ?, ?)""",
                rows);
    }

    /** A PostgreSQL array literal, NULL for a blank period: {1,2,NULL,…}. */
    private static String split(Target t) {
        if (!t.hasSplit()) {
            return null;
        }
        StringBuilder b = new StringBuilder("{");
        BigDecimal[] s = t.split();
        for (int k = 0; k < s.length; k++) {
            if (k > 0) {
                b.append(',');
            }
            b.append(s[k] == null ? "NULL" : s[k].toPlainString());
        }
        return b.append('}').toString();
    }

}
