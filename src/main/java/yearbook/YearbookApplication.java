package yearbook;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import yearbook.cli.YearbookCommand;

/**
 * yearbook's one executable: the commands decide whether an application context is
 * needed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YearbookApplication {

    public static void main(String[] args) {
        System.exit(YearbookCommand.execute(args));
    }

}
