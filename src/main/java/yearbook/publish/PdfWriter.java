package yearbook.publish;

import java.nio.file.Path;

/**
 * Writes the leaders' PDF and its charts. YearPublisher takes one so that the PDF can be
 * replaced (e.g. by one that fails, to prove the publish is all or nothing).
 */
@FunctionalInterface
public interface PdfWriter {

    void write(YearReport report, Path pdf, Path chartsDir);

}
