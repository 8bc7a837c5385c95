package yearbook.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yearbook.ProgramRun;

/**
 * A station that sends its year in two files (January, July), each with one day whose AQI
 * column disagrees with its concentrations: the validation report puts each warning on
 * the row of the file that day came from, at the row of the day (its date cell), so the
 * station knows which file to correct.
 */
class StationAqiCrossCheckTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TempDir
    Path tmp;

    @Test
    void eachMismatchIsFiledUnderItsOwnFile() throws Exception {
        Path year = Files.createDirectories(tmp.resolve("input/2022"));
        Files.copy(CORPUS.resolve("aq-half-1.xlsx"), year.resolve("唐闸公园站2022年1月日报.xlsx"));
        Files.copy(CORPUS.resolve("aq-half-2.xlsx"), year.resolve("唐闸公园站2022年7月日报.xlsx"));
        ProgramRun run = new ProgramRun(tmp);
        int exit = run.run("run", "--year", "2022", "--input", tmp.resolve("input").toString(), "--output",
                tmp.resolve("output").toString());
        assertThat(exit).as(run.console()).isIn(0, 3);

        List<String> mismatches = new ArrayList<>();
        for (List<String> row : rows(tmp.resolve("output/2022/validation-2022.xlsx")).values()) {
            String line = String.join(" | ", row);
            if (line.contains("报送的 AQI 为")) {
                mismatches.add(line);
            }
        }
        assertThat(mismatches).hasSize(2);
        assertThat(mismatches).anySatisfy(l -> assertThat(l).contains("唐闸公园站2022年1月日报.xlsx")
            .contains("2022-01-02 报送的 AQI 为 70")
            .contains("应为 55")
            .contains("日报!A4"));
        assertThat(mismatches).anySatisfy(l -> assertThat(l).contains("唐闸公园站2022年7月日报.xlsx")
            .contains("2022-07-03 报送的 AQI 为 90")
            .contains("应为 55")
            .contains("日报!A5"));
    }

    /**
     * The validation workbook's rows, keyed "sheet!row", each the texts of its cells in
     * order.
     */
    private static Map<String, List<String>> rows(Path xlsx) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String c : ProgramRun.cells(xlsx)) {
            int comma = c.indexOf(',');
            String key = c.substring(0, comma);
            String text = c.substring(c.indexOf(' ', comma) + 1);
            text = text.substring(text.indexOf(' ') + 1);
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
        }
        return rows;
    }

}
