package yearbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options the program starts with are written in four places: the sh launcher's
 * {@code defaults=} line (which the benchmark reads), the Windows launcher, the README's
 * {@code spring-boot:run} and the app image's jpackage call. A flag changed in one and
 * not the others would make the benchmark measure a program no office runs.
 */
class LauncherOptionsTest {

    private static List<String> defaults() throws IOException {
        String line = Files.readAllLines(Path.of("src/dist/bin/yearbook"))
            .stream()
            .filter(l -> l.startsWith("defaults=\""))
            .findFirst()
            .orElseThrow();
        return List.of(line.substring("defaults=\"".length(), line.length() - 1).split(" "));
    }

    @Test
    void theDefaultsLineHasOptions() throws IOException {
        assertThat(defaults()).isNotEmpty().allMatch(o -> o.startsWith("-XX:"));
    }

    @Test
    void theWindowsLauncherStartsWithTheSameOptions() throws IOException {
        assertThat(Files.readString(Path.of("src/dist/bin/yearbook.bat")))
            .contains("\"%JAVA%\" " + String.join(" ", defaults()) + " %YEARBOOK_JAVA_OPTS%");
    }

    @Test
    void springBootRunStartsWithTheSameOptions() throws IOException {
        Matcher m = Pattern.compile("<jvmArguments>([^<]*)</jvmArguments>").matcher(pom());
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).trim());
        }
        assertThat(found).containsExactly(String.join(" ", defaults()));
    }

    @Test
    void theAppImageStartsWithTheSameOptions() throws IOException {
        Matcher m = Pattern.compile("<arg value=\"--java-options\"/><arg value=\"(-XX:[^\"]*)\"/>").matcher(pom());
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).isEqualTo(defaults());
    }

    private static String pom() throws IOException {
        return Files.readString(Path.of("pom.xml"));
    }

}
