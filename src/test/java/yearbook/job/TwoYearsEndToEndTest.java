package yearbook.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;
import yearbook.catalog.UnitRegistry;
import yearbook.cli.ExitCode;

/**
 * Three consecutive years in one database: 2021 (12 communities), the 2022 sample (two
 * communities created, two redrawn) and a half-reported 2023. 同比 comes from the database
 * where the workbooks carry no 上年同期; new and redrawn communities get none; a re-run
 * replaces a year's figures; the 催报名单 of 2023 names every unit that still owes a period.
 * Expectations: years/2021/expected.csv and years/2023/*.csv, computed by
 * input/generator/verify_year_2021.py independently of the program.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoYearsEndToEndTest {

    @TempDir
    static Path tmp;

    Path out;

    String console;

    final Map<Integer, Integer> exits = new HashMap<>();

    @BeforeAll
    void runThreeYears() throws Exception {
        Path input = tmp.resolve("input");
        copyWorkbooks(Path.of("src/test/resources/years/2021"), input.resolve("2021"));
        copyWorkbooks(Path.of("input/2022"), input.resolve("2022"));
        copyWorkbooks(Path.of("src/test/resources/years/2023"), input.resolve("2023"));
        out = tmp.resolve("output");
        for (int year : new int[] { 2021, 2022, 2023 }) {
            exits.put(year, run("run", "--year", Integer.toString(year), "--input", input.toString(), "--output",
                    out.toString()));
        }
    }

    static void copyWorkbooks(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".xlsx") || n.endsWith(".xls")) {
                    Files.copy(p, to.resolve(n));
                }
            }
        }
    }

    int run(String... args) {
        ProgramRun program = new ProgramRun(tmp);
        int code = program.run(args);
        console = program.console();
        return code;
    }

    /** unit|code → the CSV row as header → value. */
    Map<String, Map<String, String>> csv(int year) throws Exception {
        return ProgramRun.indicators(out, year);
    }

    static List<String[]> expected(String file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/years", file), StandardCharsets.UTF_8);
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                rows.add(l.split(",", -1));
            }
        }
        return rows;
    }

    @Test
    void everyYearRuns() {
        assertThat(exits).containsEntry(2021, ExitCode.OK)
            .containsEntry(2022, ExitCode.OK)
            .containsEntry(2023, ExitCode.OK);
    }

    @Test
    void growthComesFromLastYearInTheDatabaseAndNotForRedrawnOrNewCommunities() throws Exception {
        Map<String, Map<String, String>> rows = csv(2022);
        List<String> wrong = new ArrayList<>();
        for (String[] e : expected("2021/expected.csv")) {
            Map<String, String> row = rows.get(e[0] + "|" + e[1]);
            if (row == null) {
                wrong.add(e[0] + " " + e[1] + ": no figure");
                continue;
            }
            String want = e[4].equals("—") ? "" : e[4];
            String got = row.get("同比");
            boolean same = want.isEmpty() ? got.isEmpty()
                    : !got.isEmpty() && new BigDecimal(got).compareTo(new BigDecimal(want)) == 0;
            if (!same) {
                wrong.add(e[0] + " " + e[1] + ": 同比 expected " + e[4] + ", got " + got);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(rows.get("CHANGAN|LIV_NEW_JOBS").get("可比")).isEqualTo("否");
        assertThat(rows.get("BEIDAJIE|LIV_NEW_JOBS").get("可比")).isEqualTo("否");
        assertThat(rows.get("HENGHE|LIV_NEW_JOBS").get("可比")).isEqualTo("是");
        assertThat(rows.get("TANGZHA|LIV_NEW_JOBS").get("上年同期")).isEqualTo("2000");
    }

    @Test
    void rerunningAYearReplacesItsFiguresAndChangesNothingElse() throws Exception {
        Map<String, Map<String, String>> before = csv(2022);
        int again = run("run", "--year", "2022", "--input", tmp.resolve("input").toString(), "--output",
                out.toString());
        assertThat(again).as(console).isEqualTo(ExitCode.OK);
        assertThat(csv(2022)).isEqualTo(before);
        int explain = run("explain", "LIV_NEW_JOBS", "--year", "2022");
        assertThat(explain).isEqualTo(ExitCode.OK);
        assertThat(console).contains("2,252").contains("上年同期 2,000").contains("+12.60%");
    }

    @Test
    void aHalfReportedYearListsWhoOwesWhatAndFlagsItsTotals() throws Exception {
        Map<String, Map<String, String>> rows = csv(2023);
        for (String[] e : expected("2023/expected.csv")) {
            Map<String, String> row = rows.get(e[0] + "|" + e[1]);
            assertThat(row).as(e[0]).isNotNull();
            assertThat(new BigDecimal(row.get("数值"))).as(e[0]).isEqualByComparingTo(e[2]);
            assertThat(row.get("数据不完整")).as(e[0]).isEqualTo(Boolean.parseBoolean(e[3]) ? "是" : "否");
        }
        Map<String, Integer> owed = new HashMap<>();
        for (String[] m : expected("2023/missing.csv")) {
            owed.merge(m[0], 1, Integer::sum);
        }
        UnitRegistry units = UnitRegistry.load(Path.of("config/units.yaml"));
        Map<String, Integer> listed = new HashMap<>();
        try (Workbook wb = WorkbookFactory.create(out.resolve("2023/validation-2023.xlsx").toFile(), null, true)) {
            Sheet summary = wb.getSheet("汇总");
            DataFormatter f = new DataFormatter();
            int unitCol = -1, missingCol = -1;
            for (Row r : summary) {
                if (unitCol < 0) {
                    for (Cell c : r) {
                        if (f.formatCellValue(c).equals("单位")) {
                            unitCol = c.getColumnIndex();
                        }
                        if (f.formatCellValue(c).equals("缺报期数")) {
                            missingCol = c.getColumnIndex();
                        }
                    }
                    continue;
                }
                String name = f.formatCellValue(r.getCell(unitCol));
                String n = f.formatCellValue(r.getCell(missingCol));
                if (!n.isBlank() && Integer.parseInt(n) > 0) {
                    listed.put(units.resolve(name).orElseThrow(() -> new AssertionError(name)).code(),
                            Integer.parseInt(n));
                }
            }
        }
        assertThat(listed).isEqualTo(owed);
    }

    @Test
    void rateGrowthIsInPercentagePoints() throws Exception {
        Map<String, String> rate = csv(2022).get("TANGZHA|SAF_HAZARDS_FIX_RATE");
        assertThat(rate.get("同比单位")).isEqualTo("百分点");
        // 114/129 − 102/120 = 88.372… − 85 = 3.372… points
        assertThat(new BigDecimal(rate.get("同比")).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("3.37");
    }

}
