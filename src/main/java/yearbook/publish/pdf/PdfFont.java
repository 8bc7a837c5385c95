package yearbook.publish.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font as a PDF font, embedded as a subset (only the glyphs used: a few dozen KB
 * instead of the 5 MB face). A collection (.ttc) must stay open until the document is
 * saved, because the subset is cut at save time; hence Closeable, to be closed after
 * {@code PDDocument.save}.
 */
final class PdfFont implements Closeable {

    private final PDType0Font font;

    private final TrueTypeCollection collection;

    private PdfFont(PDType0Font font, TrueTypeCollection collection) {
        this.font = font;
        this.collection = collection;
    }

    static PdfFont load(PDDocument doc, CjkFont cjk) throws IOException {
        String name = cjk.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ttc")) {
            return new PdfFont(PDType0Font.load(doc, cjk.file().toFile()), null);
        }
        TrueTypeCollection ttc = new TrueTypeCollection(cjk.file().toFile());
        try {
            // The same face as the AWT one the charts are measured with.
            TrueTypeFont ttf = ttc.getFontByName(cjk.awt().getPSName());
            if (ttf == null) {
                TrueTypeFont[] first = new TrueTypeFont[1];
                ttc.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                ttf = first[0];
            }
            return new PdfFont(PDType0Font.load(doc, ttf, true), ttc);
        }
        catch (IOException | RuntimeException e) {
            ttc.close();
            throw e;
        }
    }

    PDType0Font font() {
        return font;
    }

    @Override
    public void close() throws IOException {
        if (collection != null) {
            collection.close();
        }
    }

}
