package yearbook.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import yearbook.cli.ExitCode;
import yearbook.cli.YearbookCommand;

/**
 * The leaders' PDF by mail, through a real SMTP server (GreenMail): it arrives with a
 * Chinese text carrying the key figures and the PDF attached. With the mail server down
 * the run still succeeds, says the mail will be retried and keeps it pending; the next
 * run, with the server back, sends it — once.
 */
class PdfDeliveryEndToEndTest {

    @TempDir
    Path tmp;

    @Test
    void thePdfIsMailedAndAMailThatFailedIsSentByTheNextRun() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path input = tmp.resolve("input/2022");
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(project.resolve("input/2022"))) {
            for (Path f : files.toList()) {
                Files.copy(f, input.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (EmbeddedPostgres db = EmbeddedPostgres.builder().start()) {
            JdbcClient jdbc = JdbcClient.create(db.getPostgresDatabase());
            List<String> args = List.of("run", "--year", "2022", "--input", tmp.resolve("input").toString(), "--output",
                    tmp.resolve("output").toString(),
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + db.getPort() + "/postgres",
                    "--spring.datasource.username=postgres", "--yearbook.log-dir=" + tmp.resolve("logs"),
                    "--spring.mail.host=localhost", "--spring.mail.port=" + port,
                    "--yearbook.mail.recipients=leader@example.com", "--yearbook.mail.from=tongji@example.com");

            GreenMail smtp = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                Console first = run(args);
                assertThat(first.exit).as(first.text).isEqualTo(ExitCode.OK);
                assertThat(first.text).contains("已发送邮件 1 封");
                assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
                MimeMessage[] got = smtp.getReceivedMessages();
                assertThat(got).hasSize(1);
                MimeMessage m = got[0];
                assertThat(m.getSubject()).contains("2022", "唐闸镇街道");
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo("leader@example.com");
                List<Part> parts = new ArrayList<>();
                collect(m, parts);
                String text = parts.stream()
                    .filter(p -> isType(p, "text/plain"))
                    .map(PdfDeliveryEndToEndTest::content)
                    .findFirst()
                    .orElseThrow();
                assertThat(text).contains("各位领导", "服务业限上批零销售额", "130.61", "全文见附件");
                Part pdf = parts.stream().filter(p -> "summary-2022.pdf".equals(fileName(p))).findFirst().orElseThrow();
                assertThat(isType(pdf, "application/pdf")).as(pdf.getContentType()).isTrue();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                pdf.getInputStream().transferTo(bytes);
                assertThat(new String(bytes.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                assertThat(bytes.size()).isEqualTo(Files.size(tmp.resolve("output/2022/summary-2022.pdf")));
            }
            finally {
                smtp.stop();
            }

            Console down = run(args);
            assertThat(down.exit).as(down.text).isEqualTo(ExitCode.OK);
            assertThat(down.text).contains("完成", "邮件发送失败,将在下次运行时重试").doesNotContain("已发送邮件");
            List<String> mailLine = down.text.lines().filter(l -> l.startsWith("邮件发送失败")).toList();
            assertThat(mailLine).hasSize(1);
            assertThat(mailLine.get(0)).contains("Connection refused", "mail failed, will retry");
            assertThat(down.text).doesNotContain("\tjava.", "nested exception");
            assertThat(jdbc.sql("select status from delivery order by id").query(String.class).list())
                .containsExactly("SENT", "PENDING");

            GreenMail back = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
            back.start();
            try {
                Console next = run(args);
                assertThat(next.exit).as(next.text).isEqualTo(ExitCode.OK);
                assertThat(next.text).contains("已发送邮件 1 封");
                assertThat(back.waitForIncomingEmail(10_000, 1)).isTrue();
                Thread.sleep(500);
                assertThat(back.getReceivedMessages()).as("the pending mail, once, not twice").hasSize(1);
                assertThat(back.getReceivedMessages()[0].getSubject()).contains("2022");
            }
            finally {
                back.stop();
            }
            assertThat(
                    jdbc.sql("select status || ':' || attempts from delivery order by id").query(String.class).list())
                .containsExactly("SENT:1", "SENT:2");
        }
    }

    private record Console(int exit, String text) {
    }

    private static Console run(List<String> args) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw, true);
        int code = YearbookCommand.execute(pw, pw, args.toArray(String[]::new));
        System.out.println(sw);
        return new Console(code, sw.toString());
    }

    private static void collect(Part p, List<Part> into) throws Exception {
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                collect(b, into);
            }
        }
        else {
            into.add(p);
        }
    }

    private static boolean isType(Part p, String type) {
        try {
            return p.isMimeType(type);
        }
        catch (Exception e) {
            return false;
        }
    }

    private static String fileName(Part p) {
        try {
            return p.getFileName();
        }
        catch (Exception e) {
            return null;
        }
    }

    private static String content(Part p) {
        try {
            return p.getContent().toString();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
