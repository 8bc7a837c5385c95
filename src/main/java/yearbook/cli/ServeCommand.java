package yearbook.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import yearbook.account.ConsoleUsers;
import yearbook.account.Role;
import yearbook.system.YearbookProperties;

/**
 * The office's web console: the same database, the same stages, pages in a browser. Stays
 * up until stopped (Ctrl-C or the service manager); also runs the configured schedule.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = { "启动网页控制台:社区上报、报送情况、运行、指标、模板;同时按计划定时汇编。",
        "Starts the web console (server.port, server.address) and keeps the schedule. Accounts: yearbook user add." })
public class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        ConfigurableApplicationContext ctx = SpringContexts.startWeb(YearbookCommand.SPRING_ARGS.get());
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(ctx::close, "serve-stop"));
        int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
        String address = ctx.getEnvironment().getProperty("server.address", "0.0.0.0");
        out.printf("yearbook 控制台已启动: http://%s:%d/ (Ctrl-C 停止)%n", address.equals("0.0.0.0") ? "localhost" : address,
                port);
        out.printf("计划任务 (schedule): %s%n", ctx.getBean(YearbookProperties.class).schedule().cron());
        if (ctx.getBean(ConsoleUsers.class).list().stream().noneMatch(u -> u.role() == Role.OFFICE)) {
            out.println("还没有统计站账号;请另开一个终端运行: yearbook user add --role office");
        }
        out.flush();
        closed.await();
        return ExitCode.OK;
    }

}
