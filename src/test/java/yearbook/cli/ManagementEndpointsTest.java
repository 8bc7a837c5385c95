package yearbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;
import yearbook.catalog.IndicatorCatalog;

/**
 * schedule, watched: Actuator's health (the database, the last run of each year), info
 * and the Prometheus scrape (the run and stage timers, the mail queue) on the management
 * port — those three only, read-only, on loopback; nothing listens unless asked; a port
 * already taken is said in one line.
 */
class ManagementEndpointsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tmp;

    @Test
    void scheduleServesHealthInfoAndPrometheusOnTheManagementPortOnly() throws Exception {
        Workspace ws = new Workspace(tmp);
        int[] due = ScheduleCommand.yearsDue(LocalDateTime.now(ZONE)).get(0);
        int year = due[0];
        String period = due[1] == 12 ? Integer.toString(year) : String.format("%d-%02d", year, due[1]);
        Path folder = ws.input.resolve(Integer.toString(year));
        assertThat(ProgramRun
            .execute("template", "--year", Integer.toString(year), "--period", period, "--unit", "横河社区", "-o",
                    folder.toString())
            .exit()).isEqualTo(ExitCode.OK);
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                FilledTemplate.fill(f, IndicatorCatalog.load(Workspace.PROJECT.resolve("config/catalog.yaml")), 7);
            }
        }
        int port = freePort();
        List<String> args = new ArrayList<>(
                List.of("schedule", "--cron", "*/5 * * * * *", "--times", "3", "--management-port",
                        Integer.toString(port), "--yearbook.input=" + ws.input, "--yearbook.output=" + ws.output));
        args.addAll(ws.springArgs());
        try (ChildJvm s = ChildJvm.start(Workspace.PROJECT, args)) {
            assertThat(s.awaitLine(l -> l.startsWith("完成: 输出见"), 240)).as(s.console()).isTrue();
            String base = "http://127.0.0.1:" + port + "/actuator";

            var health = get(base + "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\":{", "\"yearlyRuns\":{",
                    "\"" + year + "\":{", "\"ended\":\"", "\"status\":\"COMPLETED\"", "完成");

            var prometheus = get(base + "/prometheus");
            assertThat(prometheus.statusCode()).isEqualTo(200);
            assertThat(prometheus.body()).contains("spring_batch_job_seconds_count", "spring_batch_step_seconds_count",
                    "spring_batch_step_name=\"publish\"", "yearbook_mail_pending", "yearbook_mail_sent_total");

            assertThat(get(base + "/info").body()).contains("\"version\":\"0.1.0");

            // the other endpoints are neither exposed nor writable
            for (String other : List.of("/env", "/beans", "/configprops", "/heapdump", "/loggers", "/metrics",
                    "/shutdown")) {
                var r = get(base + other);
                assertThat(r.statusCode()).as(other).isIn(403, 404);
                assertThat(r.body()).as(other).doesNotContain("spring.", "password", "yearbook.");
            }
            var post = http.send(HttpRequest.newBuilder(URI.create(base + "/shutdown"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isIn(403, 404, 405);
            // loopback only: not on the machine's other addresses
            InetAddress other = nonLoopback();
            if (other != null) {
                assertThatThrownBy(() -> new Socket(other, port).close()).isInstanceOf(IOException.class);
            }
            s.kill();
        }
    }

    @Test
    void nothingListensUnlessAsked() throws Exception {
        Workspace ws = new Workspace(tmp);
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("schedule", "--cron", "0 0 2 5 * *",
                "--management.server.port=" + port, "--yearbook.input=" + ws.input, "--yearbook.output=" + ws.output));
        args.addAll(ws.springArgs());
        try (ChildJvm s = ChildJvm.start(Workspace.PROJECT, args)) {
            assertThat(s.awaitLine(l -> l.startsWith("下次运行"), 180)).as(s.console()).isTrue();
            assertThat(s.console()).doesNotContain("监控");
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
            s.kill();
        }
    }

    @Test
    void aManagementPortAlreadyTakenIsOneLine() throws Exception {
        Workspace ws = new Workspace(tmp);
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<String> args = new ArrayList<>(
                    List.of("schedule", "--times", "0", "--management-port", Integer.toString(taken.getLocalPort())));
            args.addAll(ws.springArgs());
            var r = ProgramRun.execute(args);
            assertThat(r.exit()).isEqualTo(ExitCode.FAILED);
            StartupFailuresTest.assertOneLine(r.console());
            assertThat(r.console()).contains("端口 " + taken.getLocalPort() + " 已被占用", "--management.server.port");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static InetAddress nonLoopback() throws IOException {
        for (var nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (var a : Collections.list(nic.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }

}
