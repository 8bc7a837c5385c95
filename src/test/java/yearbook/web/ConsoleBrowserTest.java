package yearbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;
import yearbook.ProgramRun;

/**
 * The console in a real browser: Debian's Chromium, headless, driven by Selenium 4
 * through Debian's chromedriver. A reporter, the office and a leader do what they do;
 * every page is photographed at desktop (1280×800) and phone (390×844) width into
 * target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final Path SHOTS = Path.of("target/screenshots");
    static ConsoleServer server;
    static WebDriver browser;
    static Path scratch;

    @BeforeAll
    static void start() throws Exception {
        server = ConsoleServer.get();
        scratch = Files.createTempDirectory("yearbook-browser-");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--lang=zh-CN", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (scratch != null) {
            FileSystemUtils.deleteRecursively(scratch);
        }
    }

    @Test
    @Order(1)
    void aReporterUploadsAGoodFileAndABrokenOneAndCannotReachAnotherUnit() throws Exception {
        open("/login");
        shoot("login");
        signIn("henghe");
        assertThat(browser.getCurrentUrl()).endsWith("/upload");
        assertThat(text()).contains("上报报表").contains("横河社区");
        // upload.js ran under the CSP (a file of the console's own, no inline code): the
        // box answers a drag
        Object over = ((JavascriptExecutor) browser).executeScript(
                "var z = document.querySelector('.upload .drop'); z.dispatchEvent(new DragEvent('dragenter', {bubbles: true, cancelable: true}));"
                        + " var on = z.classList.contains('over'); z.dispatchEvent(new DragEvent('dragleave')); return on;");
        assertThat(over).isEqualTo(Boolean.TRUE);
        shoot("upload");

        upload(Workbooks.HENGHE_2023_Q1);
        assertThat(text()).contains("✓ 已采用").contains("横河社区 2023年第1季度");
        shoot("upload-accepted");

        open("/matrix?year=2023");
        WebElement row = browser.findElement(By.xpath("//tr[th/a[text()='横河社区']]"));
        assertThat(row.getText()).contains("✓ 已采用");
        assertThat(text()).doesNotContain("高店社区").doesNotContain("催报名单");
        shoot("matrix-reporter");

        Path broken = scratch.resolve("横河社区2022年统计报表(改).xlsx");
        Files.write(broken, Workbooks.brokenHenghe());
        upload(broken);
        assertThat(text()).contains("✗ 已退回").contains("文件未入库").contains("报表!D11").contains("约一百四十七");
        shoot("upload-held-back");

        open("/units/GAODIAN?year=2022");
        assertThat(text()).contains("403").contains("无权访问");
        shoot("denied");
        open("/units/HENGHE?year=2022");
        assertThat(text()).contains("横河社区 · 2022年").contains("横河社区2022年统计报表.xlsx");
        shoot("unit");
        signOut();
    }

    /**
     * The figure the issue asks for: from the click on 上报 to the answer on the page, a 1
     * MB workbook.
     */
    @Test
    @Order(2)
    void aOneMegabyteWorkbookIsAnsweredInAFewSeconds() throws Exception {
        open("/login");
        signIn("henghe");
        Path big = scratch.resolve("横河社区2023年第2季度(附图).xlsx");
        Files.write(big, Workbooks.paddedTo(Workbooks.HENGHE_2023_Q2, 1 << 20));
        long size = Files.size(big);
        assertThat(size).isBetween(1_000_000L, 1_200_000L);
        browser.findElement(By.name("files")).sendKeys(big.toAbsolutePath().toString());
        long t0 = System.nanoTime();
        browser.findElement(By.cssSelector("form.upload button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getPageSource().contains("审核用时"));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(text()).contains("✓ 已采用").contains("2023年第2季度");
        String line = String.format("1 MB upload (%d bytes) → answer on the page: %d ms%n", size, millis);
        System.out.print(line);
        Files.writeString(SHOTS.resolve("upload-timing.txt"), line);
        assertThat(millis).isLessThan(15_000);
        signOut();
    }

    @Test
    @Order(3)
    void theOfficeStartsARunWatchesItAndDownloadsThePdfThatRunWouldHaveWritten() throws Exception {
        open("/login");
        signIn("office");
        assertThat(browser.getCurrentUrl()).endsWith("/matrix");
        open("/matrix?year=2022");
        assertThat(text()).contains("2022年报送情况").contains("催报名单").contains("高店社区");
        shoot("matrix-office");
        clickAndWait(By.xpath("//tr[th/a[text()='永怡社区']]//td[contains(@class,'ok')]//a"),
                url -> url.contains("/files/"));
        assertThat(text()).contains("永怡社区").contains("已采用");
        shoot("file");

        open("/runs?year=2022");
        clickAndWait(By.id("start-run"), url -> url.contains("/runs?year=2022"));
        assertThat(text()).contains("2022年全年 · office");
        shoot("run-progress");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(180));
        wait.pollingEvery(Duration.ofSeconds(1))
            .ignoring(StaleElementReferenceException.class)
            .ignoring(NoSuchElementException.class);
        // the page refreshes itself every 2 s while the run goes on
        wait.until(d -> d.findElement(By.cssSelector("#current-run .badge")).getText().startsWith("完成"));
        assertThat(text()).contains("▶ 发布 publish").contains("完成: 输出见");
        shoot("runs");

        String href = browser.findElement(By.linkText("summary-2022.pdf")).getAttribute("href");
        byte[] pdf = downloadWithBrowserSession(href);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(5);
        }
        // the terminal's door, on the same database state: the same bytes
        Path cliOut = scratch.resolve("cli-output");
        ProgramRun.Result cli = ProgramRun.execute(withOutput(server.cliArgs("run", "--year", "2022"), cliOut));
        assertThat(cli.exit()).as(cli.console()).isIn(0, 3);
        assertThat(pdf).isEqualTo(Files.readAllBytes(cliOut.resolve("2022/summary-2022.pdf")));

        open("/figures?year=2022");
        assertThat(text()).contains("新增就业人员").contains("同比");
        shoot("figures");
        clickAndWait(By.xpath("//tr[td[text()='新增就业人员']]//td[contains(@class,'num')]/a"),
                url -> url.contains("/figures/explain"));
        assertThat(text()).contains("来源").contains("报表!");
        shoot("explain");

        open("/templates");
        assertThat(text()).contains("空白报表模板");
        shoot("templates");
        signOut();
    }

    @Test
    @Order(4)
    void aLeaderCannotUpload() throws Exception {
        open("/login");
        signIn("leader");
        assertThat(browser.getCurrentUrl()).endsWith("/figures");
        assertThat(browser.findElements(By.linkText("上报"))).isEmpty();
        open("/upload");
        assertThat(text()).contains("403").contains("无权访问");
        open("/runs?year=2022");
        assertThat(browser.findElements(By.id("start-run"))).isEmpty();
        assertThat(text()).contains("summary-2022.pdf");
        shoot("runs-leader");
        signOut();
    }

    // ---- helpers ----

    private static List<String> withOutput(List<String> args, Path out) {
        List<String> a = new ArrayList<>(args);
        a.removeIf(s -> s.startsWith("--yearbook.output="));
        a.add("--yearbook.output=" + out);
        return a;
    }

    private static void open(String path) {
        browser.get(server.url(path));
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void signIn(String login) {
        browser.findElement(By.name("username")).sendKeys(login);
        browser.findElement(By.name("password")).sendKeys(server.passwords.get(login));
        clickAndWait(By.cssSelector("form button[type=submit]"), url -> !url.contains("/login"));
    }

    private static void signOut() {
        clickAndWait(By.cssSelector("form.who button"), url -> url.contains("/login?logout"));
    }

    private static void upload(Path file) {
        if (!browser.getCurrentUrl().endsWith("/upload")) {
            open("/upload");
        }
        browser.findElement(By.name("files")).sendKeys(file.toAbsolutePath().toString());
        String before = browser.findElement(By.tagName("body")).getAttribute("innerHTML");
        browser.findElement(By.cssSelector("form.upload button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
            .until(d -> d.getPageSource().contains("审核用时") && !d.getPageSource().equals(before));
    }

    /**
     * A click that navigates, then the wait until the browser is at the page it leads to.
     */
    private static void clickAndWait(By what, Predicate<String> arrived) {
        browser.findElement(what).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> arrived.test(d.getCurrentUrl())
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The link fetched as the browser would, with its session cookie. */
    private static byte[] downloadWithBrowserSession(String href) throws Exception {
        String cookie = browser.manage()
            .getCookies()
            .stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
        HttpResponse<byte[]> r = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        return r.body();
    }

    /** The page as it is now, at desktop and at phone width. */
    private static void shoot(String name) throws IOException {
        ChromeDriver chrome = (ChromeDriver) browser;
        for (Dimension size : new Dimension[] { new Dimension(1280, 800), new Dimension(390, 844) }) {
            // the viewport itself at that size (a window's size would include the
            // browser's frame)
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width, "height",
                    size.height, "deviceScaleFactor", 1, "mobile", size.width < 600));
            byte[] png = chrome.getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(name + "-" + size.width + "x" + size.height + ".png"), png);
        }
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

}
