package yearbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the event API needs from xl/workbook.xml: the sheets in order with their names, whether each
 * is hidden (state="hidden"/"veryHidden": a hidden sheet is never the data sheet) and where its XML
 * is; and the 1904 date system flag (dates are day numbers counted from 1900 or 1904).
 */
record WorkbookPart(List<SheetEntry> sheets, boolean date1904) {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    record SheetEntry(String name, String relationId, String state) {
        boolean visible() {
            return state == null || state.isEmpty() || state.equals("visible");
        }
    }

    static WorkbookPart read(InputStream in) throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                String name = SheetXmlHandler.local(localName, qName);
                if (name.equals("sheet")) {
                    String id = atts.getValue(RELATIONSHIPS, "id");
                    if (id == null) id = atts.getValue("r:id");
                    sheets.add(new SheetEntry(atts.getValue("name"), id, atts.getValue("state")));
                } else if (name.equals("workbookPr")) {
                    String v = atts.getValue("date1904");
                    date1904[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                }
            }
        };
        try (in) {
            SaxParsers.parse(in, handler);
        }
        return new WorkbookPart(List.copyOf(sheets), date1904[0]);
    }
}
