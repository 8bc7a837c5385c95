package yearbook.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;

/** The catalog and the registry, read from the data files the office edits. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfig {
    @Bean
    IndicatorCatalog indicatorCatalog(YearbookProperties props) {
        return IndicatorCatalog.load(props.catalog());
    }

    @Bean
    UnitRegistry unitRegistry(YearbookProperties props) {
        return UnitRegistry.load(props.units());
    }
}
