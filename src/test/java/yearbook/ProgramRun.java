package yearbook;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
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

/**
 * The real program, in process, with its own embedded database, logs and outputs under
 * one folder: what the end-to-end tests run, as the README's command does.
 */
public final class ProgramRun {

    private final Path home;

    private String console = "";

    public ProgramRun(Path home) {
        this.home = home;
    }

    /** An exit code and what the console showed. */
    public record Result(int exit, String console) {
    }

    /** The sample year the project ships. */
    public static final Path SAMPLE_YEAR = Path.of("input/2022");

    /**
     * The command as a person types it, in this JVM (cheaper than a JVM of its own), its
     * console captured.
     */
    public static Result execute(String... args) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw, true);
        int code = YearbookCommand.execute(pw, pw, args);
        String console = sw.toString();
        System.out.println(console);
        return new Result(code, console);
    }

    public static Result execute(List<String> args) {
        return execute(args.toArray(String[]::new));
    }

    /**
     * Runs a command line with this run's database, log and log folder; returns its exit
     * code.
     */
    public int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--yearbook.embedded-db-dir=" + home.resolve("pg"));
        all.add("--logging.file.name=" + home.resolve("yearbook.log"));
        all.add("--yearbook.log-dir=" + home.resolve("logs"));
        Result r = execute(all);
        console = r.console();
        return r.exit();
    }

    /**
     * Copies every file of the shipped sample year into {@code inputRoot/asYear}; returns
     * that folder.
     */
    public static Path copySampleYear(Path inputRoot, int asYear) throws IOException {
        Path to = Files.createDirectories(inputRoot.resolve(Integer.toString(asYear)));
        try (Stream<Path> files = Files.list(SAMPLE_YEAR)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    public String console() {
        return console;
    }

    /**
     * indicators-&lt;year&gt;.csv as rows keyed "UNIT|CODE", each a map from the Chinese
     * header to the cell.
     */
    public static Map<String, Map<String, String>> indicators(Path outputRoot, int year) throws Exception {
        List<String> lines = Files.readAllLines(outputRoot.resolve(year + "/indicators-" + year + ".csv"),
                StandardCharsets.UTF_8);
        String[] header = parseCsvLine(lines.get(0).replace("\uFEFF", ""));
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = parseCsvLine(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < c.length; i++) {
                row.put(header[i], c[i]);
            }
            rows.put(row.get("单位代码") + "|" + row.get("指标代码"), row);
        }
        return rows;
    }

    /** The sub-district's rows only, keyed by indicator code. */
    public static Map<String, Map<String, String>> totals(Path outputRoot, int year, String subdistrict)
            throws Exception {
        Map<String, Map<String, String>> t = new HashMap<>();
        indicators(outputRoot, year).forEach((k, v) -> {
            if (k.startsWith(subdistrict + "|")) {
                t.put(v.get("指标代码"), v);
            }
        });
        return t;
    }

    /**
     * The sub-district's rows of an indicators CSV: indicator code → the whole line (to
     * compare runs).
     */
    public static Map<String, String> totalLines(Path csv) throws IOException {
        return subDistrictRows(csv, null);
    }

    /** 数值 of the sub-district's rows of an indicators CSV, by indicator code. */
    public static Map<String, String> totalValues(Path csv) throws IOException {
        return subDistrictRows(csv, "数值");
    }

    /**
     * Indicator code → the cell of {@code column} (the whole line when null), for the
     * sub-district's rows.
     */
    private static Map<String, String> subDistrictRows(Path csv, String column) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(parseCsvLine(lines.get(0).replace("\uFEFF", "")));
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = parseCsvLine(line);
            if (c.length == header.size() && SUBDISTRICT.equals(c[header.indexOf("单位代码")])) {
                rows.put(c[header.indexOf("指标代码")], column == null ? line : c[header.indexOf(column)]);
            }
        }
        return rows;
    }

    private static final String SUBDISTRICT = "TANGZHA";

    /**
     * Every non-blank cell of a workbook as "sheet!row,col type text" (formulas as
     * "=...").
     */
    public static List<String> cells(Path xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (Sheet sh : wb) {
                for (Row r : sh) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.BLANK) {
                            continue;
                        }
                        String text = c.getCellType() == CellType.STRING ? c.getStringCellValue()
                                : c.getCellType() == CellType.FORMULA ? "=" + c.getCellFormula() : String.valueOf(c);
                        out.add(sh.getSheetName() + "!" + r.getRowNum() + "," + c.getColumnIndex() + " "
                                + c.getCellType() + " " + text);
                    }
                }
            }
        }
        return out;
    }

    static String[] parseCsvLine(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                }
                else if (ch == '"') {
                    quoted = false;
                }
                else {
                    cur.append(ch);
                }
            }
            else if (ch == '"') {
                quoted = true;
            }
            else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            }
            else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }

}
