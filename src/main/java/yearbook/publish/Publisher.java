package yearbook.publish;

import java.nio.file.Path;

/** Writes a year's outputs into outputRoot/&lt;year&gt;/, all or nothing. */
public interface Publisher {

    /**
     * @return the folder written, e.g. output/2022
     */
    Path publish(YearReport report, Path outputRoot);

}
