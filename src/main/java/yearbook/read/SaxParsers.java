package yearbook.read;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One secure SAX parser per reading thread (POI's XMLHelper: no DOCTYPE, no external entities),
 * reused for every part of every file: building a parser costs more than parsing a small part, and
 * a workbook has four or five parts. Parts of a file are parsed one after the other, never nested.
 */
final class SaxParsers {
    private static final ThreadLocal<XMLReader> READER = new ThreadLocal<>();
    private static final ContentHandler NONE = new DefaultHandler();

    private SaxParsers() {
    }

    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = READER.get();
        if (xml == null) {
            xml = XMLHelper.newXMLReader();
            READER.set(xml);
        }
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } catch (SheetXmlHandler.StopSheet stop) {
            throw stop; // a deliberate stop: the parser is reset by its next parse
        } catch (SAXException | IOException | RuntimeException | Error e) {
            // A parser left mid-document by a broken file is not trusted again.
            READER.remove();
            throw e;
        } finally {
            xml.setContentHandler(NONE); // the handler holds the file's rows: not kept alive by the thread
        }
    }
}
