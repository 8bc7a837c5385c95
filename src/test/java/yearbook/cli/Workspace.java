package yearbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import yearbook.ProgramRun;

/**
 * A temporary office: a copy of the sample year, an output folder, a database folder, a
 * log folder.
 */
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
        ProgramRun.copySampleYear(input, asYear);
        return this;
    }

    /**
     * Spring Boot arguments that keep a run inside this workspace (embedded database,
     * logs).
     */
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

    byte[] csv(int year) throws IOException {
        return Files.readAllBytes(output.resolve(year + "/indicators-" + year + ".csv"));
    }

}
