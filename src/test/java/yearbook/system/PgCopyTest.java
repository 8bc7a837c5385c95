package yearbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.MigratedDatabase;

/**
 * COPY's text format as PostgreSQL itself reads it back: escapes, every width of UTF-8,
 * texts longer than the writer's buffer, nulls and numbers.
 */
class PgCopyTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase();

    private static final List<String> TEXTS = List.of("报表", "D11", "a\\b", "tab\there", "line\nbreak", "cr\rlf\r\n",
            "\\N", "é ü ß", "₩ € 〇", "𠀀 emoji 😀", "", "二".repeat(40_000) + "\t" + "x".repeat(70_000));

    @Test
    void everyTextComesBackAsWritten() throws Exception {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        jdbc.sql("create table if not exists copied (n int, t text, v numeric)").update();
        jdbc.sql("truncate copied").update();
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add(null);
        try (Connection con = db.dataSource().getConnection()) {
            PgCopy.copy(con, "copy copied (n, t, v) from stdin", w -> {
                for (int i = 0; i < texts.size(); i++) {
                    w.number(i).tab().text(texts.get(i)).tab().number(i == 3 ? null : new BigDecimal("-0.10")).end();
                }
            });
        }
        List<String> back = jdbc.sql("select t from copied order by n").query(String.class).list();
        assertThat(back).containsExactlyElementsOf(texts);
        assertThat(jdbc.sql("select count(*) from copied where v = -0.1").query(Integer.class).single())
            .isEqualTo(texts.size() - 1);
    }

    @Test
    void aLoneSurrogateIsWrittenAsStringGetBytesWritesIt() throws Exception {
        String lone = "a\uD800b";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PgCopy.Writer w = PgCopy.Writer.to(out);
        w.text(lone);
        w.flush();
        assertThat(out.toByteArray()).isEqualTo(lone.getBytes(StandardCharsets.UTF_8));
    }

}
