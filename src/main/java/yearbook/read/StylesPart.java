package yearbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the reader needs of xl/styles.xml: each cell style's number format (its id and pattern), to
 * tell dates from numbers and to show a number as the clerk saw it. The rest of the stylesheet
 * (fonts, fills, borders) is skipped: POI's StylesTable binds all of it through XMLBeans, which cost
 * as much as walking the sheet itself.
 */
final class StylesPart {
    /** A style's number format: Excel's id and its pattern (a built-in id's pattern when not custom). */
    record Format(int id, String pattern) {
        static final Format GENERAL = new Format(0, "General");
    }

    private final List<Integer> cellFormatIds;
    private final Map<Integer, String> customPatterns;

    private StylesPart(List<Integer> cellFormatIds, Map<Integer, String> customPatterns) {
        this.cellFormatIds = cellFormatIds;
        this.customPatterns = customPatterns;
    }

    static StylesPart empty() {
        return new StylesPart(List.of(), Map.of());
    }

    static StylesPart read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        List<Integer> xfs = new ArrayList<>();
        Map<Integer, String> patterns = new HashMap<>();
        boolean[] inCellXfs = {false};
        try (in) {
            SaxParsers.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    switch (SheetXmlHandler.local(localName, qName)) {
                        case "numFmt" -> {
                            Integer id = integer(atts.getValue("numFmtId"));
                            String code = atts.getValue("formatCode");
                            if (id != null && code != null) patterns.put(id, code);
                        }
                        case "cellXfs" -> inCellXfs[0] = true;
                        case "xf" -> {
                            if (inCellXfs[0]) {
                                Integer id = integer(atts.getValue("numFmtId"));
                                xfs.add(id == null ? 0 : id);
                            }
                        }
                        default -> { }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if (SheetXmlHandler.local(localName, qName).equals("cellXfs")) inCellXfs[0] = false;
                }
            });
        }
        return new StylesPart(xfs, patterns);
    }

    /** The number format of cell style {@code index}; General for a style the file does not define. */
    Format format(int index) {
        if (index < 0 || index >= cellFormatIds.size()) return Format.GENERAL;
        int id = cellFormatIds.get(index);
        String pattern = customPatterns.get(id);
        if (pattern == null) pattern = BuiltinFormats.getBuiltinFormat(id);
        return new Format(id, pattern == null ? "General" : pattern);
    }

    private static Integer integer(String s) {
        if (s == null) return null;
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
