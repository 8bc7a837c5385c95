package yearbook.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yearbook.account.ConsoleUsers;
import yearbook.account.NewAccounts;
import yearbook.account.Role;
import yearbook.catalog.ReportingUnit;
import yearbook.catalog.UnitRegistry;

/**
 * The web console's accounts: made here, never in the browser. A password is printed
 * once, then only its hash is kept.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = { "管理网页控制台(serve)的账号:新建、列出、重置密码、停用。", "Manages the web console's accounts." },
        subcommands = { UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Reset.class,
                UserCommand.Disable.class })
public class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static final String ONCE = "请把密码告诉使用者;它只显示这一次,系统只保存其哈希值。(shown once)";

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = { "新建账号并生成密码: 填报员 --role reporter --unit 横河社区; 统计站 --role office; 领导 --role leader" })
    static class Add implements Callable<Integer> {

        @Option(names = "--role", required = true, description = "reporter(社区填报员) | office(统计站) | leader(领导,只读)")
        String role;

        @Option(names = "--unit", description = "填报员所属单位 (名称或代码),只用于 reporter")
        String unit;

        @Option(names = "--login", description = "登录名 (default: 单位代码或角色名, e.g. henghe, office)")
        String login;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            Role r;
            try {
                r = Role.valueOf(role.toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                out.printf("参数错误: --role 应为 reporter、office 或 leader,收到「%s」。%n", role);
                return ExitCode.USAGE;
            }
            if (r == Role.REPORTER && unit == null) {
                out.println("参数错误: 填报员账号须用 --unit 指明所属单位,如 --unit 横河社区。");
                return ExitCode.USAGE;
            }
            if (r != Role.REPORTER && unit != null) {
                out.println("参数错误: 只有填报员 (reporter) 属于某个单位;统计站和领导账号不要写 --unit。");
                return ExitCode.USAGE;
            }
            if (login != null && !login.matches("[A-Za-z0-9._-]{2,40}")) {
                out.printf("参数错误: 登录名「%s」只能用 2-40 个英文字母、数字、点、横线或下划线。%n", login);
                return ExitCode.USAGE;
            }
            try (ConfigurableApplicationContext ctx = SpringContexts.start(YearbookCommand.SPRING_ARGS.get())) {
                ReportingUnit u = null;
                if (unit != null) {
                    UnitRegistry units = ctx.getBean(UnitRegistry.class);
                    u = units.resolve(unit).orElse(null);
                    if (u == null) {
                        out.printf("未知单位「%s」。最接近的: %s%n", unit, String.join("、", units.closestNames(unit, 3)));
                        return ExitCode.USAGE;
                    }
                }
                NewAccounts accounts = ctx.getBean(NewAccounts.class);
                String name = login;
                if (name == null) {
                    name = accounts.freeLogin(r, u);
                }
                else if (ctx.getBean(ConsoleUsers.class).exists(name)) {
                    out.printf("登录名「%s」已存在;要换密码请用 user reset %s。%n", name, name);
                    return ExitCode.USAGE;
                }
                NewAccounts.Made made = accounts.add(name, r, u);
                out.printf("已新建账号 (account created): %s  角色 %s%s%n", made.login(), r.label(),
                        u == null ? "" : "  单位 " + u.name());
                out.printf("密码 (password): %s%n%s%n", made.password(), ONCE);
                return ExitCode.OK;
            }
        }

    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出账号 (never passwords)")
    static class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = SpringContexts.start(YearbookCommand.SPRING_ARGS.get())) {
                UnitRegistry units = ctx.getBean(UnitRegistry.class);
                var all = ctx.getBean(ConsoleUsers.class).list();
                if (all.isEmpty()) {
                    out.println("还没有账号。新建: yearbook user add --role office (no accounts yet)");
                }
                DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
                for (ConsoleUsers.Listed l : all) {
                    out.printf("%-16s %s %s %s 建于 %s%s%n", l.login(), pad(l.role().label(), 6),
                            pad(l.unitCode() == null ? "—" : units.nameOf(l.unitCode()), 14),
                            pad(l.enabled() ? "启用" : "已停用", 6), f.format(l.createdAt()),
                            l.failedLogins() > 0 ? "  连续登录失败 " + l.failedLogins() + " 次" : "");
                }
                return ExitCode.OK;
            }
        }

    }

    /** Pads to a width in terminal columns: a Chinese character takes two. */
    static String pad(String s, int columns) {
        int width = s.codePoints()
            .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c > 0x2E80 ? 2 : 1)
            .sum();
        return s + " ".repeat(Math.max(0, columns - width));
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = "重置密码 (也会重新启用账号)")
    static class Reset implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = SpringContexts.start(YearbookCommand.SPRING_ARGS.get())) {
                var made = ctx.getBean(NewAccounts.class).reset(login);
                if (made.isEmpty()) {
                    out.printf("没有账号「%s」。看已有账号: yearbook user list%n", login);
                    return ExitCode.USAGE;
                }
                out.printf("账号 %s 的新密码 (new password): %s%n%s%n", login, made.get().password(), ONCE);
                return ExitCode.OK;
            }
        }

    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "停用账号 (user reset 可重新启用)")
    static class Disable implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = SpringContexts.start(YearbookCommand.SPRING_ARGS.get())) {
                if (!ctx.getBean(ConsoleUsers.class).disable(login)) {
                    out.printf("没有账号「%s」。看已有账号: yearbook user list%n", login);
                    return ExitCode.USAGE;
                }
                out.printf("已停用账号 %s;它不能再登录。(disabled)%n", login);
                return ExitCode.OK;
            }
        }

    }

}
