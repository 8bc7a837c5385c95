package yearbook.publish.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into the PDF as a form XObject of vector paths and real text (not an
 * image): it stays sharp when printed and its words can be searched. The chart's AWT font
 * is mapped to the embedded PDF font by name, otherwise the library would outline every
 * glyph as a shape.
 */
final class VectorChart implements Closeable {

    private final PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();

    VectorChart(CjkFont cjk, PDFont pdfFont) {
        fonts.registerFont(cjk.awt().getFontName(), pdfFont);
        fonts.registerFont(cjk.awt().getFamily(), pdfFont);
        fonts.registerFont(cjk.awt().getPSName(), pdfFont);
    }

    /**
     * The chart across the text width below the cursor, height points tall; or as short
     * as minHeight when that fills the rest of the page instead of leaving it blank.
     */
    void draw(Canvas c, JFreeChart chart, float preferred, float minHeight) throws IOException {
        float room = c.y() - Canvas.BOTTOM - 10;
        float height = room >= preferred || room < minHeight ? preferred : room;
        c.ensure(height + 10);
        float width = c.width();
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(c.document(), width, height);
        g.setFontTextDrawer(fonts);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        }
        finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        c.content().saveGraphicsState();
        c.content().transform(Matrix.getTranslateInstance(c.left(), c.y() - height));
        c.content().drawForm(form);
        c.content().restoreGraphicsState();
        c.moveDown(height + 10);
    }

    @Override
    public void close() {
        fonts.close();
    }

}
