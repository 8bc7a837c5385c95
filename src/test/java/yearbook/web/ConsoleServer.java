package yearbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import yearbook.ProgramRun;
import yearbook.YearbookApplication;
import yearbook.account.NewAccounts;
import yearbook.account.Role;
import yearbook.catalog.UnitRegistry;

/**
 * One console for all the web tests of a JVM (they run one class after the other): the
 * sample year 2022 run once by the real {@code run} command, then the servlet context of
 * {@code serve} on a free port, both on one PostgreSQL (a zonky embedded server standing
 * for the office's database server, so that a test can run {@code run} beside the
 * console). The unit registry has two hostile units, named
 * {@code <script>alert(1)</script>社区} and {@code =HYPERLINK(…)}: they owe reports, so
 * they show in the matrix, the 催报名单 and its workbook. Accounts: office, leader, henghe
 * (横河社区), gaodian (高店社区).
 */
final class ConsoleServer {

    static final String XSS = "<script>alert(1)</script>";
    static final String XSS_UNIT = XSS + "社区";
    static final String FORMULA_UNIT = "=HYPERLINK(\"http://x\",\"点我\")";
    static final Path PROJECT = Path.of("").toAbsolutePath();

    private static ConsoleServer shared;

    final Path home;

    final Path input;

    final Path output;

    final EmbeddedPostgres db;

    final ConfigurableApplicationContext ctx;

    final int port;

    final Map<String, String> passwords = new LinkedHashMap<>();

    static synchronized ConsoleServer get() throws Exception {
        if (shared == null) {
            shared = new ConsoleServer();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "console-server-stop"));
        }
        return shared;
    }

    private ConsoleServer() throws Exception {
        home = Files.createTempDirectory("yearbook-console-");
        input = home.resolve("input");
        output = home.resolve("output");
        ProgramRun.copySampleYear(input, 2022);
        String units = Files.readString(PROJECT.resolve("config/units.yaml"), StandardCharsets.UTF_8)
            .replace("stations:", """
                      - {code: XSS, name: "%s", aliases: []}
                      - {code: FORMULA, name: '%s', aliases: []}
                    stations:""".formatted(XSS_UNIT, FORMULA_UNIT));
        Files.writeString(home.resolve("units.yaml"), units, StandardCharsets.UTF_8);
        db = EmbeddedPostgres.builder().start();

        ProgramRun.Result run = ProgramRun.execute(cliArgs("run", "--year", "2022"));
        assertThat(run.exit()).as(run.console()).isIn(0, 3);

        List<String> args = new ArrayList<>(springArgs());
        args.add("--server.port=0");
        args.add("--management.server.port=0");
        args.add("--yearbook.web.upload-limit=5MB");
        ctx = new SpringApplicationBuilder(YearbookApplication.class).web(WebApplicationType.SERVLET)
            .logStartupInfo(false)
            .run(args.toArray(String[]::new));
        port = ((WebServerApplicationContext) ctx).getWebServer().getPort();

        NewAccounts accounts = ctx.getBean(NewAccounts.class);
        UnitRegistry registry = ctx.getBean(UnitRegistry.class);
        passwords.put("office", accounts.add("office", Role.OFFICE, null).password());
        passwords.put("leader", accounts.add("leader", Role.LEADER, null).password());
        passwords.put("henghe", accounts.add("henghe", Role.REPORTER, registry.get("HENGHE")).password());
        passwords.put("gaodian", accounts.add("gaodian", Role.REPORTER, registry.get("GAODIAN")).password());
    }

    /**
     * What every process of this office is started with: its database, folders and
     * registry.
     */
    List<String> springArgs() {
        return List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + db.getPort() + "/postgres",
                "--spring.datasource.username=postgres", "--yearbook.input=" + input, "--yearbook.output=" + output,
                "--yearbook.log-dir=" + home.resolve("logs"),
                "--logging.file.name=" + home.resolve("logs/yearbook.log"),
                "--yearbook.catalog=" + PROJECT.resolve("config/catalog.yaml"),
                "--yearbook.units=" + home.resolve("units.yaml"), "--yearbook.read-threads=1");
    }

    /**
     * A command line of the office's other door, the terminal, against the same database.
     */
    List<String> cliArgs(String... command) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(springArgs());
        return a;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(db.getPostgresDatabase());
    }

    /** The id of a submission of the year by its (input folder) file name. */
    long submissionId(int year, String fileName) {
        return jdbc().sql("select min(id) from submission where year = ? and file_name = ?")
            .params(year, fileName)
            .query(Long.class)
            .single();
    }

    private void close() {
        try {
            ctx.close();
        }
        catch (RuntimeException ignored) {
            // the JVM is ending
        }
        try {
            db.close();
            // the console's home (input, output, database files) is the test's own: leave
            // no trace
            FileSystemUtils.deleteRecursively(home);
        }
        catch (IOException ignored) {
            // the JVM is ending
        }
    }

}
