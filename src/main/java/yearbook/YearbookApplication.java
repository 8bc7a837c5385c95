package yearbook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class YearbookApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(YearbookApplication.class, args)));
    }
}
