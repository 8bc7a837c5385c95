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

    /** serve: the same context plus the servlet container and the console's pages. */
    static ConfigurableApplicationContext startWeb(List<String> springArgs) {
        return new SpringApplicationBuilder(YearbookApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run(springArgs.toArray(String[]::new));
    }
}
