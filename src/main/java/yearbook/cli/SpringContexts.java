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
}
