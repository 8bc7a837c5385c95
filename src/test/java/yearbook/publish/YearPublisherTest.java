package yearbook.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearPublisherTest {

    @TempDir
    Path root;

    /**
     * The PDF belongs to another class; here a writer that leaves a file and a chart
     * behind.
     */
    private static final PdfWriter SMALL_PDF = (report, pdf, charts) -> {
        try {
            Files.writeString(pdf, "%PDF-1.7 stand-in");
            Files.writeString(charts.resolve("eco.svg"), "<svg/>");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private static final PdfWriter FAILING_PDF = (report, pdf, charts) -> {
        throw new IllegalStateException("字体缺失");
    };

    private List<String> rootEntries() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFileIntoTheYearFolderAndLeavesNothingElse() throws Exception {
        Path out = new YearPublisher(SMALL_PDF).publish(TestReports.report2022(), root);

        assertThat(out).isEqualTo(root.resolve("2022"));
        assertThat(entries(out)).containsExactly("charts", "indicators-2022.csv", "narrative-2022.md",
                "summary-2022.pdf", "summary-2022.xlsx", "validation-2022.xlsx");
        assertThat(entries(out.resolve("charts"))).containsExactly("eco.svg");
        assertThat(rootEntries()).containsExactly("2022");
    }

    @Test
    void replacesAPreviousYearWhole() throws Exception {
        Path old = Files.createDirectories(root.resolve("2022"));
        Files.writeString(old.resolve("stale.txt"), "上次的结果");

        new YearPublisher(SMALL_PDF).publish(TestReports.report2022(), root);

        assertThat(entries(root.resolve("2022"))).doesNotContain("stale.txt").contains("summary-2022.xlsx");
        assertThat(rootEntries()).containsExactly("2022");
    }

    @Test
    void aFailureKeepsThePreviousYearAndRemovesTheTemporaryFolder() throws Exception {
        new YearPublisher(SMALL_PDF).publish(TestReports.report2022(), root);
        Path year = root.resolve("2022");
        Files.writeString(year.resolve("marker.txt"), "上次的结果");
        List<String> before = entries(year);
        String csvBefore = Files.readString(year.resolve("indicators-2022.csv"));

        assertThatThrownBy(() -> new YearPublisher(FAILING_PDF).publish(TestReports.report2022(), root))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("字体缺失");

        assertThat(entries(year)).isEqualTo(before);
        assertThat(Files.readString(year.resolve("marker.txt"))).isEqualTo("上次的结果");
        assertThat(Files.readString(year.resolve("indicators-2022.csv"))).isEqualTo(csvBefore);
        assertThat(rootEntries()).containsExactly("2022");
    }

    @Test
    void aFailureWithNoPreviousYearLeavesNoYearFolder() throws Exception {
        assertThatThrownBy(() -> new YearPublisher(FAILING_PDF).publish(TestReports.report2022(), root))
            .isInstanceOf(IllegalStateException.class);
        assertThat(rootEntries()).isEmpty();
    }

    @Test
    void aRunThatDiedBetweenTheTwoRenamesIsRecoveredOnTheNextRun() throws Exception {
        // the previous year sits in its backup, a half-written temp folder beside it
        Path backup = Files.createDirectories(root.resolve(".2022.old-123"));
        Files.writeString(backup.resolve("marker.txt"), "上次的结果");
        Files.createDirectories(root.resolve(".2022.tmp-456")).resolve("half.csv").toFile().createNewFile();
        Files.createDirectories(root.resolve("2021"));

        assertThatThrownBy(() -> new YearPublisher(FAILING_PDF).publish(TestReports.report2022(), root))
            .isInstanceOf(IllegalStateException.class);

        assertThat(rootEntries()).containsExactly("2021", "2022");
        assertThat(Files.readString(root.resolve("2022/marker.txt"))).isEqualTo("上次的结果");
    }

}
