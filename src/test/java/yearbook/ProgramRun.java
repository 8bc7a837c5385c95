package yearbook;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yearbook.cli.YearbookCommand;

/**
 * The real program, in process, with its own embedded database, logs and outputs under one
 * folder: what the end-to-end tests run, as the README's command does.
 */
public final class ProgramRun {
    private final Path home;
    private String console = "";

    public ProgramRun(Path home) {
        this.home = home;
    }

    /** Runs a command line; returns its exit code. The console text is {@link #console()}. */
    public int run(String... args) {
        StringWriter sw = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--yearbook.embedded-db-dir=" + home.resolve("pg"));
        all.add("--logging.file.name=" + home.resolve("yearbook.log"));
        all.add("--yearbook.log-dir=" + home.resolve("logs"));
        int code = YearbookCommand.execute(new PrintWriter(sw, true), new PrintWriter(sw, true), all.toArray(String[]::new));
        console = sw.toString();
        System.out.println(console);
        return code;
    }

    public String console() {
        return console;
    }

    /** indicators-&lt;year&gt;.csv as rows keyed "UNIT|CODE", each a map from the Chinese header to the cell. */
    public static Map<String, Map<String, String>> indicators(Path outputRoot, int year) throws Exception {
        List<String> lines = Files.readAllLines(outputRoot.resolve(year + "/indicators-" + year + ".csv"), StandardCharsets.UTF_8);
        String[] header = parseCsvLine(lines.get(0).replace("\uFEFF", ""));
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = parseCsvLine(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < c.length; i++) row.put(header[i], c[i]);
            rows.put(row.get("单位代码") + "|" + row.get("指标代码"), row);
        }
        return rows;
    }

    /** The sub-district's rows only, keyed by indicator code. */
    public static Map<String, Map<String, String>> totals(Path outputRoot, int year, String subdistrict) throws Exception {
        Map<String, Map<String, String>> t = new HashMap<>();
        indicators(outputRoot, year).forEach((k, v) -> {
            if (k.startsWith(subdistrict + "|")) t.put(v.get("指标代码"), v);
        });
        return t;
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
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }
}
