package yearbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import yearbook.ProgramRun;

/**
 * The console's accounts are made in a terminal: a password printed once, only its BCrypt
 * hash kept.
 */
class UserCommandTest {

    @TempDir
    Path tmp;

    private EmbeddedPostgres server;

    /**
     * On a database server (cheaper than an embedded folder started and stopped by each
     * command).
     */
    private ProgramRun.Result user(Workspace ws, String... args) {
        List<String> a = new ArrayList<>(List.of("user"));
        a.addAll(List.of(args));
        a.addAll(List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/postgres",
                "--spring.datasource.username=postgres", "--yearbook.log-dir=" + ws.logs,
                "--yearbook.units=" + Workspace.PROJECT.resolve("config/units.yaml"),
                "--yearbook.catalog=" + Workspace.PROJECT.resolve("config/catalog.yaml")));
        return ProgramRun.execute(a);
    }

    private static String password(String console) {
        Matcher m = Pattern.compile("密码 \\(password\\): (\\S+)|新密码 \\(new password\\): (\\S+)").matcher(console);
        assertThat(m.find()).as(console).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Test
    void addListResetDisable() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try {
            addListResetDisable(new Workspace(tmp));
        }
        finally {
            server.close();
        }
    }

    private void addListResetDisable(Workspace ws) throws Exception {
        ProgramRun.Result office = user(ws, "add", "--role", "office");
        assertThat(office.exit()).as(office.console()).isZero();
        assertThat(office.console()).contains("已新建账号 (account created): office").contains("只显示这一次");
        String first = password(office.console());
        assertThat(first).matches("[A-Za-z2-9]{5}-[A-Za-z2-9]{5}-[A-Za-z2-9]{4}");

        ProgramRun.Result reporter = user(ws, "add", "--role", "reporter", "--unit", "横河");
        assertThat(reporter.exit()).as(reporter.console()).isZero();
        assertThat(reporter.console()).contains("henghe").contains("填报员").contains("横河社区");
        assertThat(user(ws, "add", "--role", "reporter").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(user(ws, "add", "--role", "admin").console()).contains("--role 应为 reporter、office 或 leader");

        ProgramRun.Result reset = user(ws, "reset", "office");
        String second = password(reset.console());
        assertThat(second).isNotEqualTo(first);
        assertThat(user(ws, "disable", "henghe").console()).contains("已停用账号 henghe");
        ProgramRun.Result list = user(ws, "list");
        assertThat(list.console()).contains("office")
            .contains("henghe")
            .contains("已停用")
            .doesNotContain(first)
            .doesNotContain(second);

        // stored as BCrypt, never as the password
        String hash = JdbcClient.create(server.getPostgresDatabase())
            .sql("select password_hash from console_user where login = 'office'")
            .query(String.class)
            .single();
        assertThat(hash).startsWith("$2a$").doesNotContain(second);
        assertThat(new BCryptPasswordEncoder().matches(second, hash)).isTrue();
        assertThat(new BCryptPasswordEncoder().matches(first, hash)).isFalse();
    }

}
