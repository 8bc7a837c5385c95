package yearbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yearbook.account.ConsoleUsers;
import yearbook.account.NewAccounts;
import yearbook.account.Role;

/**
 * Each security rule of the console, over real HTTP against the running console (the
 * servlet container, Spring Security's filter chain and the pages as a browser gets
 * them).
 */
class ConsoleSecurityTest {

    static ConsoleServer server;
    static ConsoleClient office;
    static ConsoleClient leader;
    static ConsoleClient henghe;

    @BeforeAll
    static void start() throws Exception {
        server = ConsoleServer.get();
        office = ConsoleClient.signedIn(server, "office");
        leader = ConsoleClient.signedIn(server, "leader");
        henghe = ConsoleClient.signedIn(server, "henghe");
    }

    // ---- login ----

    @Test
    void pagesNeedALoginAndTheLoginPageIsChinese() throws Exception {
        ConsoleClient anonymous = new ConsoleClient(server);
        HttpResponse<String> r = anonymous.get("/matrix");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(anonymous.get("/login").body()).contains("登录").contains("账号").contains("密码");
        assertThat(anonymous.login("henghe", "wrong-password").headers().firstValue("Location").orElse(""))
            .endsWith("/login?error");
    }

    @Test
    void repeatedFailedLoginsAreSlowedDownEvenForTheRightPassword() throws Exception {
        // an account of its own, so that the other tests' logins are not slowed
        var made = server.ctx.getBean(NewAccounts.class).add("throttled", Role.LEADER, null);
        ConsoleClient c = new ConsoleClient(server);
        for (int i = 0; i < 3; i++) {
            assertThat(c.login("throttled", "guess" + i).headers().firstValue("Location").orElse(""))
                .endsWith("/login?error");
        }
        HttpResponse<String> fourth = c.login("throttled", made.password());
        assertThat(fourth.headers().firstValue("Location").orElse("")).matches(".*/login\\?wait=\\d+");
        assertThat(c.get("/login?wait=2").body()).contains("登录失败次数过多,请 2 秒后再试");
        Thread.sleep(2100);
        assertThat(c.login("throttled", made.password()).headers().firstValue("Location").orElse("")).endsWith("/");
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        var accounts = server.ctx.getBean(NewAccounts.class);
        var made = accounts.add("leaving", Role.LEADER, null);
        server.ctx.getBean(ConsoleUsers.class).disable("leaving");
        ConsoleClient c = new ConsoleClient(server);
        assertThat(c.login("leaving", made.password()).headers().firstValue("Location").orElse(""))
            .endsWith("/login?disabled");
        assertThat(server.jdbc()
            .sql("select password_hash from console_user where login = 'leaving'")
            .query(String.class)
            .single()).startsWith("$2").doesNotContain(made.password());
    }

    // ---- CSRF, cookie, headers ----

    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        byte[] good = Workbooks.read(Workbooks.HENGHE_2022);
        assertThat(henghe.upload("横河社区2022年统计报表.xlsx", good, null).statusCode()).isEqualTo(403);
        assertThat(henghe.upload("横河社区2022年统计报表.xlsx", good, "forged-token").statusCode()).isEqualTo(403);
        assertThat(office.postForm("/runs", Map.of("year", "2022")).statusCode()).isEqualTo(403);
        assertThat(office.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        ConsoleClient anonymous = new ConsoleClient(server);
        assertThat(
                anonymous.postForm("/login", Map.of("username", "office", "password", server.passwords.get("office")))
                    .statusCode())
            .isEqualTo(403);
        // and with it, the upload goes through
        assertThat(henghe.upload("横河社区2022年统计报表.xlsx", good).statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        ConsoleClient c = new ConsoleClient(server);
        HttpResponse<String> r = c.get("/login");
        String cookie = r.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(s -> s.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        assertThat(r.body()).doesNotContain("jsessionid");
    }

    @Test
    void securityHeadersOnEveryPageAndNoInlineScriptOrStyle() throws Exception {
        for (String page : List.of("/login", "/matrix", "/runs?year=2022", "/figures?year=2022", "/templates",
                "/upload", "/units/HENGHE?year=2022", "/files/" + server.submissionId(2022, "横河社区2022年统计报表.xlsx"))) {
            HttpResponse<String> r = (page.equals("/login") ? new ConsoleClient(server) : office).get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(page)
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
            // scripts only as files of the console's own (upload.js), never inline; no
            // style attributes, no handlers
            assertThat(r.body()).as(page)
                .doesNotContainPattern("<script(?![^>]*\\ssrc=\"/js/)")
                .doesNotContain(" style=")
                .doesNotContainPattern(" on[a-z]+=");
        }
    }

    // ---- uploads ----

    @Test
    void anUploadOverTheLimitIsAnsweredInChinese() throws Exception {
        // the test console is configured with yearbook.web.upload-limit=5MB (the default
        // is 20 MB)
        HttpResponse<String> r = henghe.upload("大文件.xlsx", new byte[6 << 20]);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("上传的文件太大").contains("不能超过 5 MB").doesNotContain("Exception");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(henghe.get("/upload").statusCode()).isEqualTo(200);
    }

    @Test
    void theDefaultUploadLimitIs20Megabytes() {
        assertThat(new ConsoleProperties(null).uploadLimitText()).isEqualTo("20 MB");
    }

    @Test
    void aFileNameNeverBecomesAPath() throws Exception {
        byte[] good = Workbooks.read(Workbooks.HENGHE_2022);
        HttpResponse<String> r = henghe.upload("../../../../tmp/evil/横河.xlsx", good);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("✓ 已采用").doesNotContain("../");
        HttpResponse<String> r2 = henghe.upload("..\\..\\windows\\横河2.xlsx", good);
        assertThat(r2.body()).contains("横河2.xlsx").doesNotContain("..\\");
        List<String> names = server.jdbc()
            .sql("select file_name from submission where uploaded_by = 'henghe'")
            .query(String.class)
            .list();
        assertThat(names).contains("上报/henghe/横河.xlsx", "上报/henghe/横河2.xlsx").noneMatch(n -> n.contains(".."));
        assertThat(Files.exists(Path.of("/tmp/evil"))).isFalse();
    }

    @Test
    void theContentDecidesTheFormatNotTheExtension() throws Exception {
        HttpResponse<String> workbookCalledPdf = henghe.upload("横河社区年报.pdf", Workbooks.read(Workbooks.HENGHE_2022));
        assertThat(workbookCalledPdf.body()).contains("✓ 已采用").contains("横河社区年报.xlsx");
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
        HttpResponse<String> pdfCalledWorkbook = henghe.upload("横河社区年报.xlsx", pdf);
        assertThat(pdfCalledWorkbook.body()).contains("✗ 已退回").contains("不是").doesNotContain("✓ 已采用");
    }

    // ---- escaping ----

    @Test
    void scriptAndFormulaTextsShowAsPlainTextInPages() throws Exception {
        String matrix = office.get("/matrix?year=2022").body();
        assertThat(matrix).contains("&lt;script&gt;alert(1)&lt;/script&gt;社区").doesNotContain(ConsoleServer.XSS);
        assertThat(matrix).contains("=HYPERLINK(&quot;http://x&quot;,&quot;点我&quot;)");
        HttpResponse<String> answer = office.upload("x.xlsx", Workbooks.hengheFiledBy(ConsoleServer.XSS));
        assertThat(answer.body()).contains("✗ 已退回")
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            .doesNotContain(ConsoleServer.XSS);
    }

    @Test
    void scriptAndFormulaTextsStayTextInDownloads() throws Exception {
        HttpResponse<byte[]> r = office.getBytes("/missing/2022.xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        boolean formulaSeen = false;
        boolean scriptSeen = false;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING
                                && c.getStringCellValue().equals(ConsoleServer.FORMULA_UNIT)) {
                            formulaSeen = true;
                        }
                        if (c.getCellType() == CellType.STRING
                                && c.getStringCellValue().equals(ConsoleServer.XSS_UNIT)) {
                            scriptSeen = true;
                        }
                    }
                }
            }
        }
        assertThat(formulaSeen).isTrue();
        assertThat(scriptSeen).isTrue();
        // the published CSV and workbooks with a formula-named unit's figures:
        // UploadIntoTheArchiveTest
    }

    // ---- who may see what ----

    @Test
    void aReporterGets403ForAnotherUnitsFileFindingsRowAndValidationSheet() throws Exception {
        long gaodian = server.submissionId(2022, "高店社区2022年度报表.xlsx");
        long own = server.submissionId(2022, "横河社区2022年统计报表.xlsx");
        assertThat(henghe.get("/files/" + gaodian).statusCode()).isEqualTo(403);
        assertThat(henghe.getBytes("/files/" + gaodian + "/download").statusCode()).isEqualTo(403);
        assertThat(henghe.get("/units/GAODIAN?year=2022").statusCode()).isEqualTo(403);
        assertThat(henghe.getBytes("/runs/2022/validation/GAODIAN").statusCode()).isEqualTo(403);
        assertThat(henghe.getBytes("/runs/2022/files/summary-2022.pdf").statusCode()).isEqualTo(403);
        assertThat(henghe.get("/files/999999999").statusCode()).isEqualTo(403);
        assertThat(henghe.get("/files/" + gaodian).body()).contains("无权访问");
        // its own, it gets
        assertThat(henghe.get("/files/" + own).statusCode()).isEqualTo(200);
        assertThat(henghe.getBytes("/files/" + own + "/download").body())
            .isEqualTo(Workbooks.read(Workbooks.HENGHE_2022));
        assertThat(henghe.get("/units/HENGHE?year=2022").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> sheet = henghe.getBytes("/runs/2022/validation/HENGHE");
        assertThat(sheet.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("横河社区");
        }
        assertThat(henghe.getBytes("/templates/download?unit=GAODIAN&period=2023Q3").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> template = henghe.getBytes("/templates/download?unit=HENGHE&period=2023Q3");
        assertThat(template.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(wb.getSheet("报表")).isNotNull();
        }
        // the runs page: its own validation sheet only, no other unit's, no year-wide
        // file counts
        String runs = henghe.get("/runs?year=2022").body();
        assertThat(runs).contains("/runs/2022/validation/HENGHE")
            .doesNotContain("/runs/2022/validation/GAODIAN")
            .doesNotContain("summary-2022.pdf")
            .doesNotContain("文件:");
        // the matrix shows a reporter its own row only
        String matrix = henghe.get("/matrix?year=2022").body();
        assertThat(matrix).contains("横河社区").doesNotContain("高店社区").doesNotContain("催报名单");
    }

    @Test
    void aLeaderGets403ForUploadingOrStartingARunAndAReporterForStartingARun() throws Exception {
        assertThat(leader.get("/upload").statusCode()).isEqualTo(403);
        String token = leader.csrf("/runs");
        assertThat(leader.upload("横河社区2022年统计报表.xlsx", Workbooks.read(Workbooks.HENGHE_2022), token).statusCode())
            .isEqualTo(403);
        assertThat(leader.postForm("/runs", Map.of("year", "2022", "_csrf", token)).statusCode()).isEqualTo(403);
        assertThat(leader.get("/runs?year=2022").body()).doesNotContain("开始运行");
        assertThat(henghe.postForm("/runs", Map.of("year", "2022", "_csrf", henghe.csrf("/runs"))).statusCode())
            .isEqualTo(403);
        assertThat(henghe.get("/figures?year=2022").statusCode()).isEqualTo(403);
        // what a leader may: outputs and figures
        assertThat(leader.getBytes("/runs/2022/files/summary-2022.pdf").statusCode()).isEqualTo(200);
        assertThat(leader.get("/figures?year=2022").body()).contains("新增就业人员");
    }

    @Test
    void aReporterCannotSubmitForAnotherUnit() throws Exception {
        HttpResponse<String> r = henghe.upload("高店社区2022年度报表.xlsx", Workbooks.read(Workbooks.GAODIAN_2022));
        assertThat(r.body()).contains("✗ 已退回").contains("你的账号只能报送「横河社区」的报表");
        assertThat(server.jdbc()
            .sql("select count(*) from submission where uploaded_by = 'henghe' and file_name like '%高店%'")
            .query(Integer.class)
            .single()).isZero();
    }

    // ---- hostile workbooks ----

    @Test
    void hostileWorkbooksAreHeldBackAndTheServerKeepsAnswering() throws Exception {
        for (var hostile : Map.of("bomb.xlsx", Workbooks.zipBomb(), "laughs.xlsx", Workbooks.billionLaughs())
            .entrySet()) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = office.upload(hostile.getKey(), hostile.getValue());
            assertThat(r.statusCode()).as(hostile.getKey()).isEqualTo(200);
            assertThat(r.body()).as(hostile.getKey())
                .contains("✗ 已退回")
                .doesNotContain("Exception")
                .doesNotContain("lollollol");
            assertThat((System.nanoTime() - t0) / 1e9).as(hostile.getKey()).isLessThan(30);
            assertThat(new ConsoleClient(server).get("/login").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void noStackTraceOrBeanNameReachesAUser() throws Exception {
        HttpResponse<String> r = office.get("/files/not-a-number");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("请求有误")
            .doesNotContainPattern(Pattern.compile("Exception|at org\\.|springframework"));
        HttpResponse<String> missing = office.get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("没有这个页面");
    }

}
