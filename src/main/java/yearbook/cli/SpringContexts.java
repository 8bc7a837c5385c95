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

    static ConfigurableApplicationContext start(List<String> springArgs) {
        return new SpringApplicationBuilder(YearbookApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(springArgs.toArray(String[]::new));
    }

    /**
     * Only Spring Boot's logging, configured as for a run (application.yml, config/application.yml,
     * --logging.… and --yearbook.log-dir): for the commands that need no database (check, template),
     * so that what the libraries log (POI's ERROR and WARN lines, their stack traces) goes to the log
     * file, never to the console, which carries only the program's own lines. Keep it open while working.
     */
    static ConfigurableApplicationContext loggingOnly(List<String> springArgs) {
        return new SpringApplicationBuilder(LoggingOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(springArgs.toArray(String[]::new));
    }

    /** No beans: the context exists for its environment and its logging. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class LoggingOnly {
    }
}
