package yearbook.publish.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The running head and the page number (第 N 页 / 共 M 页) of every page but the cover, added
 * once all pages exist, since M is known only then.
 */
final class PageFrame {

    private static final Color GREY = new Color(0x77, 0x77, 0x77);

    private PageFrame() {
    }

    static void stamp(PDDocument doc, PDFont font, CjkFont cjk, String head) throws IOException {
        int total = doc.getNumberOfPages();
        for (int n = 2; n <= total; n++) {
            PDPage page = doc.getPage(n - 1);
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                String foot = "第 " + n + " 页 / 共 " + total + " 页";
                show(cs, font, 9, (width - font.getStringWidth(foot) / 1000 * 9) / 2, 32, foot);
                String h = cjk.printable(head);
                show(cs, font, 8, width - Canvas.MARGIN_X - font.getStringWidth(h) / 1000 * 8,
                        Canvas.A4.getHeight() - 40, h);
                cs.setStrokingColor(PdfTable.RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(Canvas.MARGIN_X, Canvas.A4.getHeight() - 46);
                cs.lineTo(width - Canvas.MARGIN_X, Canvas.A4.getHeight() - 46);
                cs.stroke();
            }
        }
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(GREY);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

}
