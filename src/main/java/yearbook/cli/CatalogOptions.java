package yearbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import yearbook.catalog.IndicatorCatalog;
import yearbook.catalog.UnitRegistry;

/** The catalog and registry files, for the commands that work without the database. */
final class CatalogOptions {

    @Option(names = "--catalog", description = "指标目录 (default: 工作文件夹的 config/catalog.yaml,其次安装目录的 config/catalog.yaml)")
    Path catalog;

    @Option(names = "--units", description = "单位名录 (default: 工作文件夹的 config/units.yaml,其次安装目录的 config/units.yaml)")
    Path units;

    /**
     * Fails before anything is started or written (a log folder) when either file is
     * nowhere to be found.
     */
    void locate() {
        ConfigPreflight.catalog(YearbookCommand.SPRING_ARGS.get(), catalog);
        ConfigPreflight.units(YearbookCommand.SPRING_ARGS.get(), units);
    }

    IndicatorCatalog catalog() {
        return IndicatorCatalog.load(ConfigPreflight.catalog(YearbookCommand.SPRING_ARGS.get(), catalog));
    }

    UnitRegistry units() {
        return UnitRegistry.load(ConfigPreflight.units(YearbookCommand.SPRING_ARGS.get(), units));
    }

}
