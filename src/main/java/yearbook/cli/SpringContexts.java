package yearbook.cli;

import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import yearbook.YearbookApplication;

/** Starts the application context (database, catalog, job) for the commands that need it. */
final class SpringContexts {
    private SpringContexts() {
    }

    /** @throws yearbook.system.ConfigNotFoundException before anything starts, when no catalog or registry is found */
    static ConfigurableApplicationContext start(List<String> springArgs) {
        return new SpringApplicationBuilder(YearbookApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(ConfigPreflight.withConfigFiles(springArgs).toArray(String[]::new));
    }

    /**
     * With Actuator's management server (health, info, prometheus) listening on {@code managementPort}
     * and no application port (server.port -1): what schedule runs with when it is to be watched.
     */
    static ConfigurableApplicationContext startWithManagement(List<String> springArgs, int managementPort) {
        List<String> args = new java.util.ArrayList<>(ConfigPreflight.withConfigFiles(springArgs));
        args.removeIf(a -> a.startsWith("--server.port=") || a.startsWith("--management.server.port="));
        args.add("--server.port=-1");
        args.add("--management.server.port=" + managementPort);
        return new SpringApplicationBuilder(YearbookApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }
}
