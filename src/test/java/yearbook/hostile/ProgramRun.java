package yearbook.hostile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import yearbook.cli.YearbookCommand;

/** The real command, as a person runs it, with its console captured; and what tests read back from its outputs. */
final class ProgramRun {
    record Result(int exit, String console) {
    }

    private ProgramRun() {
    }

    static Result run(String... args) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw, true);
        int code = YearbookCommand.execute(pw, pw, args);
        String console = sw.toString();
        System.out.println(console);
        return new Result(code, console);
    }

    /** A year folder holding copies of every real sample file of 2022. */
    static Path sampleYear(Path inputRoot) throws IOException {
        Path year = Files.createDirectories(inputRoot.resolve("2022"));
        try (Stream<Path> s = Files.list(HostileFiles.SAMPLE_YEAR)) {
            for (Path p : s.toList()) Files.copy(p, year.resolve(p.getFileName().toString()));
        }
        return year;
    }

    /** The sub-district's rows of indicators-2022.csv: indicator code → the whole line. */
    static Map<String, String> subDistrictRows(Path csv) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(",");
        int unit = List.of(header).indexOf("单位代码");
        int code = List.of(header).indexOf("指标代码");
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c.length > Math.max(unit, code) && "TANGZHA".equals(c[unit])) rows.put(c[code], line);
        }
        return rows;
    }

    /** The value column of a sub-district row. */
    static String value(Path csv, String code) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int col = List.of(lines.get(0).replace("\uFEFF", "").split(",")).indexOf("数值");
        return subDistrictRows(csv).get(code).split(",", -1)[col];
    }

    /** Every non-blank cell of a workbook as "sheet!row,col type text". */
    static List<String> cells(Path xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (Sheet sh : wb) for (Row r : sh) for (Cell c : r) {
                if (c.getCellType() == CellType.BLANK) continue;
                String text = c.getCellType() == CellType.STRING ? c.getStringCellValue()
                        : c.getCellType() == CellType.FORMULA ? "=" + c.getCellFormula() : String.valueOf(c);
                out.add(sh.getSheetName() + "!" + r.getRowNum() + "," + c.getColumnIndex() + " " + c.getCellType() + " " + text);
            }
        }
        return out;
    }
}
