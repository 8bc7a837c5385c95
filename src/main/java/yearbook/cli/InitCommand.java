package yearbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yearbook.system.ConfigFiles;

/**
 * Makes a working folder for the office: config/ with the shipped catalog and registry
 * (commented, for the office to edit), input/&lt;this year&gt;/ for the files received,
 * output/. Never overwrites a configuration that is already there.
 */
@Command(name = "init", mixinStandardHelpOptions = true, description = {
        "建立工作文件夹:config/(指标目录、单位名录,可编辑)、input/<今年>/、output/;已有 config/ 时不覆盖。",
        "Creates a working folder with the shipped catalog and registry; never overwrites an existing config/." })
public class InitCommand implements Callable<Integer> {

    /**
     * The files of config/, from the installation's config/ when there is one, else from
     * the jar.
     */
    static final List<String> CONFIG_FILES = List.of(ConfigFiles.CATALOG, ConfigFiles.UNITS, "application.yml.sample");

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "工作文件夹 (default: 当前文件夹 the current folder)")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        Path root = (dir == null ? Path.of("") : dir).toAbsolutePath().normalize();
        Path config = root.resolve("config");
        for (String f : List.of(ConfigFiles.CATALOG, ConfigFiles.UNITS)) {
            if (Files.exists(config.resolve(f))) {
                out.printf("未做任何改动: %s 已存在,不会覆盖已有配置。要重新开始,请先把 config/ 移走或另选一个文件夹。(config exists; nothing changed)%n",
                        config.resolve(f));
                return ExitCode.USAGE;
            }
        }
        int year = Year.now().getValue();
        Files.createDirectories(config);
        for (String f : CONFIG_FILES) {
            copyShipped(f, config.resolve(f));
        }
        Path input = Files.createDirectories(root.resolve("input").resolve(Integer.toString(year)));
        Files.createDirectories(root.resolve("output"));
        out.printf("已建立工作文件夹 (working folder created): %s%n", root);
        out.printf("  config/%-22s 指标目录,可按需编辑%n", ConfigFiles.CATALOG);
        out.printf("  config/%-22s 单位名录:社区、站点,可按需编辑%n", ConfigFiles.UNITS);
        out.printf("  config/%-22s 生产配置示例(数据库服务器、邮件),需要时复制为 application.yml%n", "application.yml.sample");
        out.printf("  %-29s 放各单位报来的文件%n", root.relativize(input) + "/");
        out.printf("  %-29s 汇编结果%n", "output/");
        out.println("下一步 (next):");
        if (!root.equals(Path.of("").toAbsolutePath().normalize())) {
            out.printf("  cd %s%n", root);
        }
        out.printf("  yearbook template --year %d           # 生成发给各社区的空白报表 (output/templates/%d/)%n", year, year);
        out.printf("  yearbook check input/%d/某社区.xlsx   # 检查一份报来的文件%n", year);
        out.printf("  yearbook run --year %d                # 汇编全年,结果在 output/%d/%n", year, year);
        return ExitCode.OK;
    }

    private static void copyShipped(String name, Path to) throws IOException {
        var installed = ConfigFiles.installation()
            .map(h -> h.resolve("config").resolve(name))
            .filter(Files::isRegularFile);
        if (installed.isPresent()) {
            Files.copy(installed.get(), to);
            return;
        }
        try (InputStream in = InitCommand.class.getResourceAsStream("/yearbook/shipped-config/" + name)) {
            if (in == null) {
                throw new IOException("程序包中缺少 " + name + "(安装不完整,请重新下载)");
            }
            Files.copy(in, to);
        }
    }

}
