package yearbook.system;

import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Says on the console that the database is being upgraded, before it is. A new version's
 * first start on an office's database may take minutes (V17 renumbers every stored
 * observation: about 90 s for a city's 936,000) and the window would otherwise sit silent
 * until the command's first line; a clerk would close it.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaUpgrade {

    static final String UPGRADING = "正在升级数据库(新版本第一次运行;数据多时需要几分钟,请不要关闭窗口)…… (upgrading the database)";

    @Bean
    FlywayMigrationStrategy announcedMigration() {
        return flyway -> {
            MigrationInfoService info = flyway.info();
            // a new database is created, not upgraded: nothing to say
            if (info.current() != null && info.pending().length > 0) {
                System.out.println(UPGRADING);
                System.out.flush();
            }
            flyway.migrate();
        };
    }

}
