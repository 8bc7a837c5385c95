package yearbook.read.xlsx;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The one XML parser of the package's parts: Aalto's StAX reader (the parser
 * fastexcel-reader uses; on the benchmark's workbooks it walks a sheet in two thirds of
 * the JDK's time), pulled element by element (no SAX callbacks, no Attributes objects),
 * with no DTD support, no external entities, and any DOCTYPE refused outright before a
 * single entity could be declared or expanded (billion laughs, XXE).
 */
final class XmlParts {

    private static final XMLInputFactory FACTORY = factory();

    private XmlParts() {
    }

    private static XMLInputFactory factory() {
        // named, not whatever StAX provider the class path brings
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /**
     * A reader of one part; the first event that is a DOCTYPE ends the reading with an
     * exception.
     */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return new DoctypeRefused(FACTORY.createXMLStreamReader(in));
    }

    /**
     * The parser itself, unwrapped, for the one loop that pulls every cell of a sheet:
     * the caller must refuse a DTD or entity declaration event itself
     * ({@link #refuseDeclarations(int)}), as the wrapper of {@link #open} does.
     */
    static XMLStreamReader openPulled(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /**
     * @return {@code event}, unless it is a DOCTYPE or an entity declaration: then the
     * reading ends with an exception
     */
    static int refuseDeclarations(int event) throws XMLStreamException {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new XMLStreamException("DOCTYPE is disallowed: a workbook's XML never declares one");
        }
        return event;
    }

    /**
     * The value of an attribute without a namespace prefix (as SAX's getValue(qName)
     * finds "r", "t", "s").
     */
    static String attribute(XMLStreamReader x, String localName) {
        for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
            String prefix = x.getAttributePrefix(i);
            if ((prefix == null || prefix.isEmpty()) && localName.equals(x.getAttributeLocalName(i))) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Wraps the parser so that every caller gets the DTD refusal, whichever part it
     * reads.
     */
    private static final class DoctypeRefused extends StreamReaderDelegate {

        DoctypeRefused(XMLStreamReader r) {
            super(r);
        }

        @Override
        public int next() throws XMLStreamException {
            return refuseDeclarations(super.next());
        }

    }

}
