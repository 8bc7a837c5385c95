package yearbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real config/units.yaml, broken one edit at a time: refused on load with the line
 * and what is wrong.
 */
class UnitRegistryValidationTest {

    static final Path REAL = Path.of("config/units.yaml");
    static final List<String> LINES = read();

    @TempDir
    Path dir;

    @Test
    void theRealRegistryLoadsClean() {
        UnitRegistry u = UnitRegistry.load(REAL);
        assertThat(u.subdistrict().code()).isEqualTo("TANGZHA");
        assertThat(u.communities(2022)).hasSize((int) LINES.stream().filter(l -> l.contains("社区居委会")).count());
        assertThat(u.communities(2021)).extracting(ReportingUnit::code).doesNotContain("BEIDAJIE", "YONGYI");
        assertThat(u.get("HUAQIANG").comparableIn(2022)).isFalse();
        assertThat(u.stations()).extracting(ReportingUnit::code).containsExactly("TZ_PARK");
        assertThat(u.resolve("唐闸公园站点")).map(ReportingUnit::code).hasValue("TZ_PARK");
    }

    static Stream<Arguments> brokenRegistries() {
        return Stream.of(
                broken("{code: HENGHE,", "aliases:", "alias:", false,
                        "社区 HENGHE 有不认识的键 alias(可用的键: code、name、aliases、from、to、boundary_changed)"),
                broken("{code: HENGHE,", "name: 横河社区", "name: 尖沟头社区", false,
                        "社区 HENGHE 的名称、别名或代码「尖沟头社区」已是单位 JIANGOUTOU 的(第 " + lineOf("{code: JIANGOUTOU,")
                                + " 行),报表上的这个名称将无法确定是哪个单位"),
                broken("{code: HENGHE,", "code: HENGHE", "code: JIANGOUTOU", false,
                        "单位代码 JIANGOUTOU 重复(第 " + lineOf("{code: JIANGOUTOU,") + " 行已有)"),
                broken("{code: BEIDAJIE,", "from: 2022", "from: 2022, to: 2020", false,
                        "社区 BEIDAJIE 的 to(2020)早于 from(2022)"),
                broken("{code: BEIDAJIE,", "from: 2022", "from: 二〇二二", false,
                        "社区 BEIDAJIE 的 from 应为 1949 到 2999 的整数,写的是「二〇二二」"),
                broken("{code: HUAQIANG,", "boundary_changed: [2022]", "boundary_changed: [2022], to: 2021", false,
                        "社区 HUAQIANG 的 boundary_changed 2022 不在它存在的年份内(from — to 2021)"),
                broken("{code: HENGHE,", "name: 横河社区,", "", true, "社区 HENGHE 缺少 name"),
                broken("{code: TZ_PARK,", "name: 唐闸公园,", "name: 唐闸公园, boundary_changed: [2022],", false,
                        "测站 TZ_PARK 有不认识的键 boundary_changed(可用的键: code、name、aliases、from、to)"),
                broken("{code: HENGHE,", "code: HENGHE", "code: henghe", false,
                        "communities 第 2 项的代码「henghe」应由大写字母、数字和 _ 组成,以字母开头"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("brokenRegistries")
    void aBrokenRegistryIsRefusedWithTheLineAndWhatIsWrong(String edit, String text, String expected)
            throws IOException {
        Path file = Files.writeString(dir.resolve("units.yaml"), text, StandardCharsets.UTF_8);
        CatalogFileException e = catchThrowableOfType(CatalogFileException.class, () -> UnitRegistry.load(file));
        assertThat(e).as(edit).isNotNull();
        assertThat(e.problems()).containsExactly(expected);
        assertThat(e.getMessage()).startsWith("单位名录 " + file + " 有误 — units.yaml " + expected);
    }

    /**
     * Whatever the edit, the registry or the office's message with a line, never a Java
     * exception.
     */
    @Test
    void anyLineDeletedOrBlankedIsEitherFineOrSaidWithItsLine() throws IOException {
        Path file = dir.resolve("units.yaml");
        for (int k = 0; k < LINES.size(); k++) {
            List<String> deleted = new ArrayList<>(LINES);
            deleted.remove(k);
            List<String> blanked = new ArrayList<>(LINES);
            blanked.set(k, LINES.get(k).replaceAll(": [^,{}\\[\\]]+", ": "));
            for (List<String> lines : List.of(deleted, blanked)) {
                Files.write(file, lines, StandardCharsets.UTF_8);
                try {
                    UnitRegistry.load(file);
                }
                catch (CatalogFileException e) {
                    assertThat(e.problems()).as("line %d", k + 1).isNotEmpty().allMatch(p -> p.startsWith("第 "));
                }
            }
        }
    }

    private static Arguments broken(String anchor, String from, String to, boolean atEntry, String message) {
        int line = lineOf(anchor);
        String text = CatalogValidationTest.edit(String.join("\n", LINES), anchor, from, to);
        return Arguments.of(anchor + " " + from + " → " + to, text, "第 " + line + " 行: " + message);
    }

    static int lineOf(String text) {
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in the registry: " + text);
    }

    private static List<String> read() {
        try {
            return Files.readAllLines(REAL, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
