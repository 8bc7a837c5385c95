package yearbook.publish.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 portrait pages written top to bottom: the current page, its content stream and the
 * cursor y (PDF points from the bottom). Whatever does not fit below the cursor goes to a
 * new page.
 */
final class Canvas implements Closeable {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN_X = 56;
    static final float TOP = A4.getHeight() - 64;
    static final float BOTTOM = 64;

    private final PDDocument doc;

    private final PDType0Font font;

    private final CjkFont cjk;

    private PDPage page;

    private PDPageContentStream content;

    private float y;

    Canvas(PDDocument doc, PDType0Font font, CjkFont cjk) {
        this.doc = doc;
        this.font = font;
        this.cjk = cjk;
    }

    PDDocument document() {
        return doc;
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream content() {
        return content;
    }

    float y() {
        return y;
    }

    void moveDown(float dy) {
        y -= dy;
    }

    float left() {
        return MARGIN_X;
    }

    float width() {
        return A4.getWidth() - 2 * MARGIN_X;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(A4);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** Starts a new page unless height points still fit above the bottom margin. */
    void ensure(float height) throws IOException {
        if (page == null || y - height < BOTTOM) {
            newPage();
        }
    }

    boolean atTop() {
        return y == TOP;
    }

    float textWidth(String s, float size) throws IOException {
        return font.getStringWidth(cjk.printable(s)) / 1000f * size;
    }

    void text(String s, float x, float baseline, float size, Color color) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        content.showText(cjk.printable(s));
        content.endText();
    }

    void textRight(String s, float right, float baseline, float size, Color color) throws IOException {
        text(s, right - textWidth(s, size), baseline, size, color);
    }

    void textCentered(String s, float centre, float baseline, float size, Color color) throws IOException {
        text(s, centre - textWidth(s, size) / 2, baseline, size, color);
    }

    /**
     * Lines of at most maxWidth. Chinese breaks between any two characters; a run of
     * Latin letters and digits (a number such as 1,234.56) is kept whole when it fits on
     * a line.
     */
    List<String> wrap(String s, float size, float maxWidth) throws IOException {
        String text = cjk.printable(s);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            if (isWordChar(text.codePointAt(i))) {
                while (end < text.length() && isWordChar(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            String piece = text.substring(i, end);
            if (line.length() > 0 && textWidth(line + piece, size) > maxWidth) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                if (piece.isBlank()) {
                    i = end;
                    continue;
                }
            }
            if (line.length() == 0 && textWidth(piece, size) > maxWidth && piece.length() > 1) {
                // A word wider than the line: cut it where it must be cut.
                end = i + Character.charCount(text.codePointAt(i));
                piece = text.substring(i, end);
            }
            line.append(piece);
            i = end;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x2E80
                && (Character.isLetterOrDigit(cp) || cp == '.' || cp == ',' || cp == '%' || cp == '+' || cp == '-');
    }

    /** A wrapped paragraph at the cursor, continuing on new pages as needed. */
    void paragraph(String s, float size, Color color) throws IOException {
        float leading = size * 1.6f;
        for (String line : wrap(s, size, width())) {
            ensure(leading);
            text(line, left(), y - size, size, color);
            y -= leading;
        }
    }

    void fill(float x, float yBottom, float w, float h, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, yBottom, w, h);
        content.fill();
    }

    void line(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        content = null;
    }

}
