package yearbook.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.system.ApplicationHome;
import yearbook.YearbookApplication;

/**
 * Where the indicator catalog and the unit registry are, wherever the program is started:
 * a file named by its option; else the working folder's {@code config/} (the office's own
 * copy, made by {@code yearbook init}); else the installation's {@code config/} (beside
 * the jar, or under {@code YEARBOOK_HOME}), as shipped. An office may run it from any
 * folder without a setup step.
 */
public final class ConfigFiles {

    public static final String CATALOG = "catalog.yaml";

    public static final String UNITS = "units.yaml";

    /** What a file is, for the message, and the option that names it. */
    public enum Kind {

        CATALOG_FILE("指标目录", CATALOG, "yearbook.catalog"), UNITS_FILE("单位名录", UNITS, "yearbook.units");

        final String label;

        final String fileName;

        final String option;

        Kind(String label, String fileName, String option) {
            this.label = label;
            this.fileName = fileName;
            this.option = option;
        }

    }

    private ConfigFiles() {
    }

    /**
     * The installation folder: -Dyearbook.home (set by bin/yearbook and the application
     * image), the environment's YEARBOOK_HOME, else the folder of the jar when the
     * program runs from one.
     */
    public static Optional<Path> installation() {
        String home = System.getProperty("yearbook.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("YEARBOOK_HOME");
        }
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home).toAbsolutePath().normalize());
        }
        File source = new ApplicationHome(YearbookApplication.class).getSource();
        if (source != null && source.isFile() && source.getName().endsWith(".jar")) {
            return Optional.of(source.toPath().toAbsolutePath().getParent());
        }
        return Optional.empty();
    }

    /** The places looked in when no option names the file, in order. */
    public static List<Path> candidates(String fileName) {
        List<Path> places = new ArrayList<>();
        places.add(Path.of("config", fileName).toAbsolutePath().normalize());
        installation().map(h -> h.resolve("config").resolve(fileName).normalize())
            .filter(p -> !places.contains(p))
            .ifPresent(places::add);
        return places;
    }

    /**
     * @param configured the file named by the option (or a configuration property), or
     * null/blank
     * @return the absolute path of an existing file
     * @throws ConfigNotFoundException saying where it looked and what to do
     */
    public static Path locate(Kind kind, String configured) {
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured).toAbsolutePath().normalize();
            if (Files.isRegularFile(p)) {
                return p;
            }
            throw new ConfigNotFoundException(
                    String.format("找不到%s %s(选项 --%s 或配置中指定的文件不存在)。请检查路径,或去掉该设置以使用工作文件夹的 config/%s。(%s not found)",
                            kind.label, p, kind.option, kind.fileName, kind.fileName));
        }
        List<Path> places = candidates(kind.fileName);
        for (Path p : places) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new ConfigNotFoundException(String.format(
                "找不到%s %s,已查找: %s。请先运行 yearbook init 建立工作文件夹,或用 --%s=文件 指定。(%s not found)", kind.label, kind.fileName,
                places.stream().map(Path::toString).collect(Collectors.joining("、")), kind.option, kind.fileName));
    }

}
