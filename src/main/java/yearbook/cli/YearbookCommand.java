package yearbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import yearbook.job.FailureText;
import yearbook.system.DatabaseInUseException;
import yearbook.system.ServerRequiredException;

/**
 * The root command. Arguments of the form --spring.x=… / --yearbook.x=… / --logging.x=…
 * are Spring Boot configuration and go to the application context; the rest are the
 * command's own.
 */
@Command(name = "yearbook", mixinStandardHelpOptions = true, version = "yearbook 0.1",
        description = { "街道年度统计汇编 — compiles a sub-district's yearly statistics from community workbooks.", "" },
        subcommands = { InitCommand.class, RunCommand.class, CheckCommand.class, ExplainCommand.class,
                StatusCommand.class, ScheduleCommand.class, TemplateCommand.class, WorkerCommand.class,
                ServeCommand.class, UserCommand.class, CommandLine.HelpCommand.class })
public class YearbookCommand implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(YearbookCommand.class);

    static final ThreadLocal<List<String>> SPRING_ARGS = ThreadLocal.withInitial(List::of);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the application log is, for the line that sends a person there. */
    static String logFile() {
        return Path.of(System.getProperty("LOG_FILE", "logs/yearbook.log")).toAbsolutePath().toString();
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        List<String> own = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (String a : args) {
            if (a.matches("--(spring|yearbook|logging|management|server)\\..*")) {
                spring.add(a);
            }
            else {
                own.add(a);
            }
        }
        SPRING_ARGS.set(spring);
        CommandLine cl = new CommandLine(new YearbookCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCode.FAILED);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            var startup = StartupFailures.of(e);
            if (startup.isPresent()) {
                // One line, not logged here: before Spring has set up logging, a log line
                // would reach the console; once it has, Spring has already written the
                // whole chain to the log file.
                line.getErr().println(startup.get().text());
                line.getErr().flush();
                return startup.get().exit();
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ServerRequiredException needsServer) {
                    log.warn(needsServer.getMessage());
                    line.getErr().println(needsServer.getMessage());
                    return ExitCode.USAGE;
                }
                if (t instanceof DatabaseInUseException busy) {
                    log.warn("数据库正被另一个 yearbook 进程使用: {}", busy.dataDir());
                    line.getOut()
                        .printf("拒绝: 嵌入式数据库 %s 正被另一个 yearbook 运行使用,请等待其结束后再运行。(the embedded database is in use by another yearbook run)%n",
                                busy.dataDir());
                    line.getOut().flush();
                    return ExitCode.BUSY;
                }
            }
            log.error("命令执行失败", e);
            line.getErr().println("失败 (failed): " + FailureText.of(e));
            line.getErr().println("详细信息见日志 (details in the log): " + logFile());
            return ExitCode.FAILED;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("参数错误 (bad arguments): " + ArgumentErrors.say(e));
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCode.USAGE;
        });
        try {
            return cl.execute(own.toArray(String[]::new));
        }
        finally {
            SPRING_ARGS.remove();
        }
    }

}
