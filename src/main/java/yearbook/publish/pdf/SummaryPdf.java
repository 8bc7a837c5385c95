package yearbook.publish.pdf;

import java.nio.file.Path;
import yearbook.publish.YearReport;

/** The leaders' PDF (summary-&lt;year&gt;.pdf) and its charts as PNG and SVG. */
public class SummaryPdf {
    private final Path fontFile;

    /** @param fontFile a configured CJK font file, or null to look for one on the system */
    public SummaryPdf(Path fontFile) {
        this.fontFile = fontFile;
    }

    /** Writes the PDF to pdf and every chart of it to chartsDir as PNG and SVG. */
    public void write(YearReport report, Path pdf, Path chartsDir) {
        throw new IllegalStateException("SummaryPdf is being written on the publish-pdf branch");
    }
}
