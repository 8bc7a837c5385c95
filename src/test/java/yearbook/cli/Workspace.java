package yearbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A temporary office: a copy of the sample year, an output folder, a database folder, a log folder. */
final class Workspace {
    /** The project folder: config/ and input/ are found relative to it. */
    static final Path PROJECT = Path.of("").toAbsolutePath();

    final Path root;
    final Path input;
    final Path output;
    final Path pg;
    final Path logs;

    Workspace(Path root) {
        this.root = root;
        this.input = root.resolve("input");
        this.output = root.resolve("output");
        this.pg = root.resolve("pg");
        this.logs = root.resolve("logs");
    }

    /** Copies the shipped sample year input/2022 (into year folder {@code asYear}). */
    Workspace withSample(int asYear) throws IOException {
        Path to = input.resolve(Integer.toString(asYear));
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(PROJECT.resolve("input/2022"))) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return this;
    }

    /** Spring Boot arguments that keep a run inside this workspace (embedded database, logs). */
    List<String> springArgs() {
        return List.of("--yearbook.embedded-db-dir=" + pg, "--yearbook.log-dir=" + logs,
                "--yearbook.catalog=" + PROJECT.resolve("config/catalog.yaml"),
                "--yearbook.units=" + PROJECT.resolve("config/units.yaml"));
    }

    List<String> runArgs(int year, String... more) {
        List<String> a = new ArrayList<>(List.of("run", "--year", Integer.toString(year), "--input", input.toString(),
                "--output", output.toString()));
        a.addAll(List.of(more));
        a.addAll(springArgs());
        return a;
    }

    /** The command in this JVM (cheaper than a JVM of its own), its console captured. */
    static Result inProcess(List<String> args) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw, true);
        int code = YearbookCommand.execute(pw, pw, args.toArray(String[]::new));
        System.out.println(sw);
        return new Result(code, sw.toString());
    }

    record Result(int exit, String console) {
    }

    byte[] csv(int year) throws IOException {
        return Files.readAllBytes(output.resolve(year + "/indicators-" + year + ".csv"));
    }

    /** 数值 of the sub-district's rows, by indicator code. */
    static Map<String, String> totals(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        Map<String, String> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1); // the sub-district's rows carry no quoted commas
            if (c[header.indexOf("单位代码")].equals("TANGZHA")) out.put(c[header.indexOf("指标代码")], c[header.indexOf("数值")]);
        }
        return out;
    }
}
