package yearbook;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class YearbookApplication {
    public static void main(String[] args) {
        System.exit(0);
    }
}
