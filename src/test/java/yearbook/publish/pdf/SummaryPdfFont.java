package yearbook.publish.pdf;

import java.awt.Font;

/** Gives tests outside this package the font the PDF would use. */
public final class SummaryPdfFont {

    private SummaryPdfFont() {
    }

    public static Font awt() {
        return CjkFont.locate(null).awt();
    }

}
