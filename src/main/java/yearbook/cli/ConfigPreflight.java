package yearbook.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import yearbook.system.ConfigFiles;

/**
 * Finds the catalog and the registry before anything starts (no database, no folders
 * made), from the same configuration Spring Boot would see: command line, environment,
 * application.yml.
 */
final class ConfigPreflight {

    private ConfigPreflight() {
    }

    /**
     * Spring Boot's view of the configuration, without starting an application context.
     */
    static ConfigurableEnvironment environment(List<String> springArgs) {
        StandardEnvironment env = new StandardEnvironment();
        if (!springArgs.isEmpty()) {
            env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArgs.toArray(String[]::new)));
        }
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        return env;
    }

    static Path catalog(List<String> springArgs, Path option) {
        return ConfigFiles.locate(ConfigFiles.Kind.CATALOG_FILE,
                option != null ? option.toString() : environment(springArgs).getProperty("yearbook.catalog"));
    }

    static Path units(List<String> springArgs, Path option) {
        return ConfigFiles.locate(ConfigFiles.Kind.UNITS_FILE,
                option != null ? option.toString() : environment(springArgs).getProperty("yearbook.units"));
    }

    /**
     * The arguments with the catalog and registry replaced by the files found (absolute
     * paths).
     */
    static List<String> withConfigFiles(List<String> springArgs) {
        ConfigurableEnvironment env = environment(springArgs);
        Path catalog = ConfigFiles.locate(ConfigFiles.Kind.CATALOG_FILE, env.getProperty("yearbook.catalog"));
        Path units = ConfigFiles.locate(ConfigFiles.Kind.UNITS_FILE, env.getProperty("yearbook.units"));
        List<String> args = new ArrayList<>();
        for (String a : springArgs) {
            if (!a.startsWith("--yearbook.catalog=") && !a.startsWith("--yearbook.units=")) {
                args.add(a);
            }
        }
        args.add("--yearbook.catalog=" + catalog);
        args.add("--yearbook.units=" + units);
        return args;
    }

}
