package yearbook.system;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;

/** The catalog and the registry, read from the data files the office edits. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfig {

    /**
     * The commands have found the files before starting the context; a context started
     * otherwise finds them here.
     */
    @Bean
    IndicatorCatalog indicatorCatalog(YearbookProperties props) {
        return IndicatorCatalog.load(ConfigFiles.locate(ConfigFiles.Kind.CATALOG_FILE, text(props.catalog())));
    }

    @Bean
    UnitRegistry unitRegistry(YearbookProperties props) {
        return UnitRegistry.load(ConfigFiles.locate(ConfigFiles.Kind.UNITS_FILE, text(props.units())));
    }

    private static String text(Path p) {
        return p == null ? null : p.toString();
    }

}
