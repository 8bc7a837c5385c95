package yearbook.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yearbook.YearbookApplication;
import yearbook.system.YearbookProperties;
import yearbook.worker.WorkerConfig;

@Command(name = "worker", mixinStandardHelpOptions = true, description = { "工作进程:为运行 run 的主进程读取文件(可在多台机器上各运行一个)。",
        "Reads the read stage's partitions for runs started with --yearbook.workers.enabled=true,",
        "until stopped (Ctrl-C or SIGTERM). Needs only the PostgreSQL server: YEARBOOK_DB_URL, _USER, _PASSWORD.",
        "退出码 exit codes: 0 已停止; 2 参数或配置错误(如未设置数据库服务器)" })
public class WorkerCommand implements Callable<Integer> {

    @Option(names = "--threads", defaultValue = "0",
            description = "同时读取的分区数 (partitions read at once; default: one per core)")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(YearbookCommand.SPRING_ARGS.get());
        args.add("--yearbook.workers.enabled=true");
        if (threads > 0) {
            args.add("--yearbook.workers.threads=" + threads);
        }
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(YearbookApplication.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .profiles("worker")
            .listeners((ContextClosedEvent e) -> closed.countDown())
            .run(ConfigPreflight.withConfigFiles(args).toArray(String[]::new));
        var out = spec.commandLine().getOut();
        ctx.getBean(WorkerConfig.Console.class).set(out);
        out.printf("yearbook worker: 已就绪,等待读取任务 (%d 个线程)。按 Ctrl-C 停止。(ready)%n",
                ctx.getBean(YearbookProperties.class).workers().threads());
        out.flush();
        try {
            closed.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.close();
        }
        return ExitCode.OK;
    }

}
