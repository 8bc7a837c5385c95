package yearbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;

/** The catalog and registry files, for the commands that work without the database. */
final class CatalogOptions {
    @Option(names = "--catalog", defaultValue = "config/catalog.yaml", description = "指标目录 (default: ${DEFAULT-VALUE})")
    Path catalog;

    @Option(names = "--units", defaultValue = "config/units.yaml", description = "单位名录 (default: ${DEFAULT-VALUE})")
    Path units;

    IndicatorCatalog catalog() {
        return IndicatorCatalog.load(catalog);
    }

    UnitRegistry units() {
        return UnitRegistry.load(units);
    }
}
