package yearbook.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import yearbook.YearbookApplication;
import yearbook.system.ConfigNotFoundException;
import yearbook.system.YearbookProperties;

/**
 * Starts the application context (database, catalog, job) for the commands that need it.
 */
final class SpringContexts {

    private SpringContexts() {
    }

    /**
     * @throws ConfigNotFoundException before anything starts, when no catalog or registry
     * is found
     */
    static ConfigurableApplicationContext start(List<String> springArgs) {
        return new SpringApplicationBuilder(YearbookApplication.class).web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(ConfigPreflight.withConfigFiles(springArgs).toArray(String[]::new));
    }

    /**
     * With Actuator's management server (health, info, prometheus) listening on
     * {@code managementPort} and no application port (server.port -1): what schedule runs
     * with when it is to be watched.
     */
    static ConfigurableApplicationContext startWithManagement(List<String> springArgs, int managementPort) {
        List<String> args = new ArrayList<>(ConfigPreflight.withConfigFiles(springArgs));
        args.removeIf(a -> a.startsWith("--server.port=") || a.startsWith("--management.server.port="));
        args.add("--server.port=-1");
        args.add("--management.server.port=" + managementPort);
        return new SpringApplicationBuilder(YearbookApplication.class).web(WebApplicationType.SERVLET)
            .logStartupInfo(false)
            .run(args.toArray(String[]::new));
    }

    /** serve: the same context plus the servlet container and the console's pages. */
    static ConfigurableApplicationContext startWeb(List<String> springArgs) {
        return new SpringApplicationBuilder(YearbookApplication.class).web(WebApplicationType.SERVLET)
            .logStartupInfo(false)
            .run(ConfigPreflight.withConfigFiles(springArgs).toArray(String[]::new));
    }

    /**
     * Only Spring Boot's logging, configured as for a run (application.yml,
     * config/application.yml, --logging.… and --yearbook.log-dir): for the commands that
     * need no database (check, template), so that what the libraries log (POI's ERROR and
     * WARN lines, their stack traces) goes to the log file, never to the console, which
     * carries only the program's own lines. Keep it open while working.
     */
    static ConfigurableApplicationContext loggingOnly(List<String> springArgs) {
        return new SpringApplicationBuilder(LoggingOnly.class).web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(springArgs.toArray(String[]::new));
    }

    /** Only the settings: the context exists for them and its logging. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(YearbookProperties.class)
    static class LoggingOnly {

    }

}
