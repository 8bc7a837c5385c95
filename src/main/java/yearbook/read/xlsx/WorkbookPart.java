package yearbook.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the walk needs from xl/workbook.xml: the sheets in order with their names, whether
 * each is hidden (state="hidden"/"veryHidden": a hidden sheet is never the data sheet)
 * and where its XML is; and the 1904 date system flag (dates are day numbers counted from
 * 1900 or 1904).
 */
public record WorkbookPart(List<SheetEntry> sheets, boolean date1904) {

    public WorkbookPart {
        // read-only: a template's workbook part is shared by the packages that carry it
        sheets = Collections.unmodifiableList(sheets);
    }

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public record SheetEntry(String name, String relationId, String state) {
        public boolean visible() {
            return state == null || state.isEmpty() || state.equals("visible");
        }
    }

    static WorkbookPart read(InputStream in) throws IOException, XMLStreamException {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        try (in) {
            XMLStreamReader x = XmlParts.open(in);
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = x.getLocalName();
                if (name.equals("sheet")) {
                    String id = x.getAttributeValue(RELATIONSHIPS, "id");
                    if (id == null) {
                        id = prefixed(x, "r", "id");
                    }
                    sheets.add(new SheetEntry(XmlParts.attribute(x, "name"), id, XmlParts.attribute(x, "state")));
                }
                else if (name.equals("workbookPr")) {
                    String v = XmlParts.attribute(x, "date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                }
            }
        }
        return new WorkbookPart(List.copyOf(sheets), date1904);
    }

    /** r:id written with an undeclared prefix, as SAX's getValue("r:id") finds it. */
    private static String prefixed(XMLStreamReader x, String prefix, String localName) {
        for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
            if (prefix.equals(x.getAttributePrefix(i)) && localName.equals(x.getAttributeLocalName(i))) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }
}
